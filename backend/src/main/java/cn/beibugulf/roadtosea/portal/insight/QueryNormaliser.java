package cn.beibugulf.roadtosea.portal.insight;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.beibugulf.roadtosea.enrich.ChineseText;

/**
 * Makes searches that differ only in width, case, spacing or Traditional/Simplified script count
 * as one query on the dashboard: NFKC, Traditional → Simplified (as the ingest enrichment
 * converts), lower case, single spaces.
 */
final class QueryNormaliser {

	static final int MAX_QUERY = 256;

	static final int MAX_FILTERS = 2_000;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private QueryNormaliser() {
	}

	static String query(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		folded = ChineseText.toSimplified(folded);
		folded = SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
		return cut(folded, MAX_QUERY);
	}

	/** Facets in name order, values sorted, or {@code null} when nothing is chosen. */
	static String filters(Map<String, List<String>> filters) {
		Map<String, List<String>> sorted = new TreeMap<>();
		filters.forEach((facet, values) -> {
			if (values != null && !values.isEmpty()) {
				sorted.put(facet, values.stream().sorted().toList());
			}
		});
		if (sorted.isEmpty()) {
			return null;
		}
		String canonical = sorted.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + String.join("|", entry.getValue()))
			.collect(Collectors.joining("; "));
		return cut(canonical, MAX_FILTERS);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
