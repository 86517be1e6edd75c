package cn.beibugulf.roadtosea.portal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import org.springframework.util.MultiValueMap;

/**
 * The search's own query, for features that must find exactly what {@code GET /api/search}
 * finds (CSV export, "did you mean", the sitemap) without reaching into the search internals.
 * Requests are validated the same way as a search: a too-long query or a bad year is an
 * {@link InvalidSearchException}.
 */
public final class SearchQueries {

	/** As many values per facet as {@code GET /api/search} accepts. */
	static final int MAX_VALUES_PER_FILTER = 50;

	private SearchQueries() {
	}

	/**
	 * The filters among request parameters (facets, {@code fullText}, {@code yearFrom},
	 * {@code yearTo}), read as {@code GET /api/search} reads them: blank values dropped, duplicates
	 * removed, other parameters ignored.
	 */
	public static Map<String, List<String>> filters(MultiValueMap<String, String> parameters) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (Facets.isFilter(name)) {
				List<String> chosen = values.stream().filter(value -> !value.isBlank()).distinct().toList();
				if (chosen.size() > MAX_VALUES_PER_FILTER) {
					throw new InvalidSearchException("facet.too-many", "Too many values chosen for " + name + ".");
				}
				filters.put(name, chosen);
			}
		});
		return filters;
	}

	/**
	 * The query that selects and ranks what a search for these words and filters shows: the
	 * ranked text match, visible records only, every facet filter applied.
	 */
	public static Query matching(String words, Map<String, List<String>> filters) {
		SearchRequest request = new SearchRequest(words, filters, 1, 1);
		List<Query> chosen = List.copyOf(SearchQueryBuilder.facetFilters(request).values());
		return Query.of(q -> q.bool(b -> b.must(SearchQueryBuilder.textQuery(request))
			.filter(SearchQueryBuilder.visible())
			.filter(chosen)));
	}

	/**
	 * The sort of a search's {@code sort} parameter ({@code relevance}, {@code date},
	 * {@code date_asc}, {@code title}; blank = relevance), ending with the record id so that the
	 * order is total. An unknown order is an {@link InvalidSearchException} ({@code sort.invalid}).
	 */
	public static List<SortOptions> sort(String sort) {
		return SearchSort.parse(sort).options();
	}

	/**
	 * The Elasticsearch request {@code GET /api/search} sends for a page of a search (hits, facets,
	 * highlights, one hit per work), for comparing the API with Elasticsearch answering the very
	 * same request (the search benchmark).
	 * @param words the words ({@code q})
	 * @param filters chosen facet values, read as by {@link #filters}
	 * @param page 1-based page ({@code page}); must be 1 with a cursor
	 * @param size hits per page ({@code size})
	 * @param sort {@code sort} (blank = relevance)
	 * @param after {@code after}: the {@code nextCursor} of the previous page, or null
	 */
	public static co.elastic.clients.elasticsearch.core.SearchRequest elasticsearchRequest(String words,
			Map<String, List<String>> filters, int page, int size, String sort, String after) {
		return SearchService
			.elasticsearchRequest(new SearchRequest(words, filters, page, size, SearchSort.parse(sort), after));
	}

	/** Records that may be shown: neither taken down nor deleted at the source. */
	public static Query visible() {
		return SearchQueryBuilder.visible();
	}

	/** The longest query text a search accepts. */
	public static int maxQueryLength() {
		return SearchRequest.MAX_QUERY_LENGTH;
	}

}
