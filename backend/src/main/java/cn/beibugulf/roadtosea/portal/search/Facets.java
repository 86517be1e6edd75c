package cn.beibugulf.roadtosea.portal.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facets the portal offers: request parameter name → index field. Order is display order.
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

	static final int MAX_VALUES_PER_FACET = 10;

	static final int MAX_YEARS = 200;

	private Facets() {
	}

	static boolean isFacet(String name) {
		return FIELDS.containsKey(name);
	}

}
