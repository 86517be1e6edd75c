package cn.beibugulf.roadtosea.portal.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The facets the portal offers: request parameter name → index field. Order is display order.
 * Beside these value facets there are two filters of their own kind: {@value #FULL_TEXT}
 * ({@code true}: records with full text, {@code false}: without) and the year range
 * {@value #YEAR_FROM} / {@value #YEAR_TO} (inclusive), which belongs to the {@code year} facet: the
 * year facet and the year histogram ignore both year filters, every other count honours them.
 */
final class Facets {

	static final Map<String, String> FIELDS;

	static {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("module", "modules");
		fields.put("theme", "themes");
		fields.put("type", "type");
		fields.put("library", "library");
		fields.put("city", "city");
		fields.put("language", "language");
		fields.put("year", "year");
		FIELDS = java.util.Collections.unmodifiableMap(fields);
	}

	/** Whether a record has full text: the facet and filter parameter. */
	static final String FULL_TEXT = "fullText";

	/** The index field whose presence means "has full text" (empty text is never indexed). */
	static final String FULL_TEXT_FIELD = "fullText";

	/** The year facet, which the year range belongs to. */
	static final String YEAR = "year";

	/** First year of the range, inclusive. */
	static final String YEAR_FROM = "yearFrom";

	/** Last year of the range, inclusive. */
	static final String YEAR_TO = "yearTo";

	private static final Set<String> OTHER_FILTERS = Set.of(FULL_TEXT, YEAR_FROM, YEAR_TO);

	static final int MAX_VALUES_PER_FACET = 10;

	static final int MAX_YEARS = 200;

	private Facets() {
	}

	static boolean isFacet(String name) {
		return FIELDS.containsKey(name);
	}

	/** A request parameter that filters the results: a facet, the full-text filter or a year bound. */
	static boolean isFilter(String name) {
		return isFacet(name) || OTHER_FILTERS.contains(name);
	}

}
