package cn.beibugulf.roadtosea.portal.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the facet counts and the year histogram of the whole result set.
 */
record SearchResult(String query, int page, int size, long total, long tookMs, List<Hit> hits,
		Map<String, List<FacetValue>> facets, YearHistogram yearHistogram, String nextCursor) {

	/**
	 * One record in a result list. Highlight fragments are HTML-escaped; their only markup is
	 * {@code <mark>}.
	 */
	record Hit(String id, String title, String titleHighlight, String snippet, List<String> modules,
			List<String> themes, String type, String date, String library, String city, List<String> creators,
			List<Version> versions) {
	}

	/** Another record of the same work (same {@code workKey}), e.g. from another library. */
	record Version(String id, String title, String library, String sourceId) {
	}

	record FacetValue(String value, long count, boolean selected) {
	}

}
