package cn.beibugulf.roadtosea.portal.search;

import java.util.List;
import java.util.Map;

/**
 * Published after every search that ran: what was asked and how many records matched. Listeners
 * (the search log behind the statistics dashboard) must return at once; the search does not wait
 * for them to store anything.
 *
 * @param query the words as the reader typed them (stripped, possibly empty)
 * @param filters the chosen facet values per facet name
 * @param total how many visible records matched
 * @param tookMs how long Elasticsearch took
 */
public record SearchPerformedEvent(String query, Map<String, List<String>> filters, long total, long tookMs) {

	public SearchPerformedEvent {
		query = query == null ? "" : query;
		filters = filters == null ? Map.of() : Map.copyOf(filters);
	}

}
