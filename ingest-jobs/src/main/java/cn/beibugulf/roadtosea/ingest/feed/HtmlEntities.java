package cn.beibugulf.roadtosea.ingest.feed;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * Replaces HTML named entities that a feed uses without declaring them ({@code &nbsp;},
 * {@code &mdash;}…, which make the XML not well-formed) by numeric character references, outside
 * CDATA sections, comments and processing instructions. This is safe: the names come from the
 * fixed HTML table, each stands for one or two characters, and nothing is expanded recursively.
 * Unknown names are left alone, so the parser still reports them.
 */
final class HtmlEntities {

	private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

	private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");

	private HtmlEntities() {
	}

	/** The repaired text and how often each entity name was replaced. */
	record Repair(String text, Map<String, Integer> replaced) {

		int count() {
			return this.replaced.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	static Repair repair(String xml) {
		if (xml.indexOf('&') < 0) {
			return new Repair(xml, Map.of());
		}
		StringBuilder out = new StringBuilder(xml.length());
		Map<String, Integer> replaced = new TreeMap<>();
		int i = 0;
		while (i < xml.length()) {
			int skipTo = endOfVerbatim(xml, i);
			if (skipTo > i) {
				out.append(xml, i, skipTo);
				i = skipTo;
				continue;
			}
			char c = xml.charAt(i);
			if (c == '&') {
				Matcher entity = ENTITY.matcher(xml).region(i, Math.min(xml.length(), i + 34));
				if (entity.lookingAt() && isUndeclaredHtml(entity.group(1))) {
					String name = entity.group(1);
					Entities.getByName(name).codePoints().forEach((cp) -> out.append("&#").append(cp).append(';'));
					replaced.merge("&" + name + ";", 1, Integer::sum);
					i = entity.end();
					continue;
				}
			}
			out.append(c);
			i++;
		}
		return new Repair(replaced.isEmpty() ? xml : out.toString(), replaced);
	}

	private static boolean isUndeclaredHtml(String name) {
		return !XML_ENTITIES.contains(name) && Entities.isNamedEntity(name);
	}

	/** The end of a CDATA section, comment or processing instruction starting at {@code i}, else {@code i}. */
	private static int endOfVerbatim(String xml, int i) {
		if (xml.charAt(i) != '<') {
			return i;
		}
		if (xml.startsWith("<![CDATA[", i)) {
			return endAfter(xml, i, "]]>");
		}
		if (xml.startsWith("<!--", i)) {
			return endAfter(xml, i, "-->");
		}
		if (xml.startsWith("<?", i)) {
			return endAfter(xml, i, "?>");
		}
		return i;
	}

	private static int endAfter(String xml, int from, String terminator) {
		int end = xml.indexOf(terminator, from);
		return (end < 0) ? xml.length() : end + terminator.length();
	}

}
