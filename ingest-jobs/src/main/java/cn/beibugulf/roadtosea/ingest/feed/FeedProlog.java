package cn.beibugulf.roadtosea.ingest.feed;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * The part of a decoded feed before its root element: what is removed (byte order mark, blank
 * lines, the XML declaration, a DOCTYPE without internal subset), what is kept (comments,
 * processing instructions such as {@code xml-stylesheet}, a DOCTYPE with an internal subset, so
 * the safe parser refuses it), and whether the root element is a feed at all.
 *
 * @param xml the text to parse
 * @param notAFeed why it is not a feed, or {@code null}
 */
record FeedProlog(String xml, @Nullable String notAFeed) {

	private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF");

	private static final Set<String> HTML_ELEMENTS = Set.of("html", "head", "body", "title", "meta", "link", "script",
			"style", "div", "p", "span", "a", "br", "center", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
			"iframe", "form", "img", "noscript", "section", "article", "header", "main", "nav");

	private static final Pattern NAME = Pattern.compile("([A-Za-z_][\\w.\\-]*)(?::([\\w.\\-]+))?");

	static FeedProlog read(String text) {
		StringBuilder kept = new StringBuilder();
		int i = 0;
		while (true) {
			i = skipBlank(text, i);
			if (i >= text.length()) {
				return notAFeed(text, "not a feed: the document is empty or has no root element");
			}
			if (text.startsWith("<?", i)) {
				int end = endAfter(text, i, "?>");
				String instruction = text.substring(i, end);
				if (!isXmlDeclaration(instruction)) {
					kept.append(instruction).append('\n');
				}
				i = end;
			}
			else if (text.startsWith("<!--", i)) {
				int end = endAfter(text, i, "-->");
				kept.append(text, i, end).append('\n');
				i = end;
			}
			else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
				int end = endOfDoctype(text, i);
				String doctype = text.substring(i, end);
				if (doctype.toLowerCase(Locale.ROOT).matches("(?s)<!doctype\\s+html\\b.*")) {
					return notAFeed(text, htmlReason(text, null));
				}
				if (doctype.indexOf('[') >= 0) {
					kept.append(doctype).append('\n');
				}
				i = end;
			}
			else if (text.charAt(i) == '<') {
				return root(text, i, kept);
			}
			else {
				String start = text.substring(i, Math.min(text.length(), i + 40)).strip();
				return notAFeed(text, "not a feed: text before any element (“" + start + "”)");
			}
		}
	}

	private static FeedProlog root(String text, int start, StringBuilder kept) {
		Matcher name = NAME.matcher(text).region(start + 1, text.length());
		if (!name.lookingAt()) {
			return notAFeed(text, "not a feed: no root element");
		}
		String local = (name.group(2) != null) ? name.group(2) : name.group(1);
		if (FEED_ROOTS.contains(local)) {
			return new FeedProlog(kept + text.substring(start), null);
		}
		if (HTML_ELEMENTS.contains(local.toLowerCase(Locale.ROOT))) {
			return notAFeed(text, htmlReason(text, local.equalsIgnoreCase("html") ? null : local));
		}
		return notAFeed(text, "not a feed: the root element is <" + name.group() + ">, not <rss>, <feed> or <rdf:RDF>");
	}

	private static String htmlReason(String text, @Nullable String fragmentRoot) {
		String title = Jsoup.parse(text).title().strip();
		String reason = "not a feed: HTML page";
		if (fragmentRoot != null) {
			reason += " (a fragment starting with <" + fragmentRoot + ">)";
		}
		return title.isEmpty() ? reason : reason + " titled “" + title + "”";
	}

	private static FeedProlog notAFeed(String text, String reason) {
		return new FeedProlog("", reason);
	}

	private static boolean isXmlDeclaration(String instruction) {
		return instruction.length() > 5 && instruction.regionMatches(true, 0, "<?xml", 0, 5)
				&& (Character.isWhitespace(instruction.charAt(5)) || instruction.charAt(5) == '?');
	}

	private static int skipBlank(String text, int from) {
		int i = from;
		while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
			i++;
		}
		return i;
	}

	private static int endAfter(String text, int from, String terminator) {
		int end = text.indexOf(terminator, from);
		return (end < 0) ? text.length() : end + terminator.length();
	}

	/** The end of a DOCTYPE, past its internal subset {@code [...]} when there is one. */
	private static int endOfDoctype(String text, int from) {
		int subset = text.indexOf('[', from);
		int close = text.indexOf('>', from);
		if (subset >= 0 && (close < 0 || subset < close)) {
			int end = text.indexOf("]", subset);
			close = (end < 0) ? -1 : text.indexOf('>', end);
		}
		return (close < 0) ? text.length() : close + 1;
	}

}
