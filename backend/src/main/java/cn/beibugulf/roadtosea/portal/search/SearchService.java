package cn.beibugulf.roadtosea.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.index.WorkLinker;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Runs searches against the {@code records} alias: ranked text match, multi-select facets whose
 * counts ignore their own selection, and highlighted title and snippet.
 */
@Service
class SearchService {

	private static final String MARK_OPEN = "<mark>";

	private static final String MARK_CLOSE = "</mark>";

	private static final String TRUE = "true";

	private static final String FALSE = "false";

	private static final String YEAR_HISTOGRAM = "yearHistogram";

	private static final String WORK_KEY = "workKey";

	private static final String VERSIONS_BY_WORK = "works";

	private final ElasticsearchClient client;

	private final ApplicationEventPublisher events;

	SearchService(ElasticsearchClient client, ApplicationEventPublisher events) {
		this.client = client;
		this.events = events;
	}

	SearchResult search(SearchRequest request) throws IOException {
		Query postFilter = SearchQueryBuilder.allFiltersExcept(SearchQueryBuilder.facetFilters(request), "");
		@SuppressWarnings("rawtypes")
		SearchResponse<Map> response = this.client.search(elasticsearchRequest(request), Map.class);

		Map<String, List<SearchResult.Version>> versions = request.isCursorPaging() ? Map.of()
				: versions(request, postFilter, response.hits().hits());
		List<SearchResult.Hit> hits = response.hits()
			.hits()
			.stream()
			.map(hit -> {
				String work = workKey(hit);
				return HitMapper.toHit(hit, work == null ? List.of() : versions.getOrDefault(work, List.of()));
			})
			.toList();
		long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
		this.events.publishEvent(new SearchPerformedEvent(request.query(), request.filters(), total, response.took()));
		String nextCursor = null;
		if (hits.size() == request.size()) {
			var last = response.hits().hits().getLast();
			nextCursor = last.sort().isEmpty() ? null : SearchCursor.encode(last.sort());
		}
		return new SearchResult(request.query(), request.page(), request.size(), total, response.took(), hits,
				facetValues(response.aggregations(), request), yearHistogram(response.aggregations()), nextCursor);
	}

	/** The scoring query of a search: the text match, visible records only (the facet filters are post filters). */
	private static Query mainQuery(SearchRequest request) {
		return Query.of(q -> q.bool(b -> b.must(SearchQueryBuilder.textQuery(request))
			.filter(SearchQueryBuilder.visible())));
	}

	/**
	 * The one request a search sends for its page, hits and facets, exactly as sent: the text
	 * query, the chosen values as a post filter (so each facet's counts ignore its own choice),
	 * the facet aggregations, one hit per work (or a {@code search_after} cursor), highlights.
	 * Elasticsearch's shard request cache is asked to keep the answer: the same search (a kiosk's
	 * theme button, a popular query, the next reader paging back) is then served from memory until
	 * the index next changes (a refresh empties it), the way Elasticsearch already caches
	 * {@code size=0} requests.
	 */
	static co.elastic.clients.elasticsearch.core.SearchRequest elasticsearchRequest(SearchRequest request) {
		Map<String, Query> filters = SearchQueryBuilder.facetFilters(request);
		Query query = mainQuery(request);
		Query postFilter = SearchQueryBuilder.allFiltersExcept(filters, "");
		Map<String, Aggregation> aggregations = facetAggregations(filters);
		return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
			s.index(RecordsIndex.ALIAS)
				.query(query)
				.postFilter(postFilter)
				.aggregations(aggregations)
				.size(request.size())
				.sort(request.sort().options())
				.trackTotalHits(t -> t.enabled(true))
				.requestCache(true);
			if (request.isCursorPaging()) {
				s.searchAfter(SearchCursor.decode(request.after()));
			}
			else {
				// one hit per work; it carries its other versions (see versions())
				s.from(request.from()).collapse(c -> c.field(WORK_KEY));
			}
			s.source(src -> src.filter(f -> f.excludes("fullText", "pinyin", "suggest", WorkLinker.VERSION_IDS)));
			if (request.hasQuery()) {
				// browsing (no words) has nothing to mark
				s.highlight(h -> h.encoder(HighlighterEncoder.Html)
					.preTags(MARK_OPEN)
					.postTags(MARK_CLOSE)
					.type(HighlighterType.Unified)
					.fields(highlightFields(request)));
			}
			return s;
		});
	}

	/**
	 * The other versions of the page's works: visible records with the same {@code workKey} that
	 * pass the chosen facet filters, at most {@link HitMapper#MAX_VERSIONS} per work, by library.
	 * A version need not contain the search's words itself: another library's copy of a work found
	 * is worth showing even when that library catalogued it in other words.
	 *
	 * <p>Each hit carries its work's other versions, written into it when its harvest ended
	 * ({@link WorkLinker}): summaries with the facet values they are filtered by here, so the page
	 * needs no second request. Only a work with more versions than its records hold summaries of,
	 * when the chosen values leave fewer than a hit shows, is asked of Elasticsearch
	 * ({@link #queriedVersions}). A record indexed while its harvest is still running shows its
	 * versions once the run has ended.
	 */
	@SuppressWarnings("rawtypes")
	private Map<String, List<SearchResult.Version>> versions(SearchRequest request, Query postFilter,
			List<Hit<Map>> hits) throws IOException {
		Predicate<Map<?, ?>> chosen = SearchQueryBuilder.versionFilter(request);
		Map<String, List<SearchResult.Version>> versions = new HashMap<>();
		List<Hit<Map>> toAsk = new ArrayList<>();
		for (Hit<Map> hit : hits) {
			String key = workKey(hit);
			if (key == null || hit.source() == null) {
				continue;
			}
			List<?> stored = hit.source().get(WorkLinker.VERSIONS) instanceof List<?> list ? list : List.of();
			int count = hit.source().get(WorkLinker.VERSION_COUNT) instanceof Number number ? number.intValue()
					: stored.size();
			List<Map<?, ?>> shown = stored.stream()
				.filter(Map.class::isInstance)
				.<Map<?, ?>>map(Map.class::cast)
				.filter(chosen)
				.limit(HitMapper.MAX_VERSIONS)
				.toList();
			if (shown.size() < HitMapper.MAX_VERSIONS && count > stored.size()) {
				toAsk.add(hit);
			}
			else {
				versions.put(key, HitMapper.storedVersions(shown));
			}
		}
		if (!toAsk.isEmpty()) {
			versions.putAll(queriedVersions(postFilter, toAsk));
		}
		return versions;
	}

	/**
	 * The other versions of some hits' works, asked of Elasticsearch. The request holds only
	 * filters — nothing to analyse or score, and the same works make the same request (from
	 * Elasticsearch's request cache) whatever the words were. One request with a {@code top_hits}
	 * per work, instead of the collapse's {@code inner_hits}, which sends one search per hit.
	 */
	@SuppressWarnings("rawtypes")
	private Map<String, List<SearchResult.Version>> queriedVersions(Query postFilter, List<Hit<Map>> hits)
			throws IOException {
		List<FieldValue> keys = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (Hit<Map> hit : hits) {
			String key = workKey(hit);
			if (key != null) {
				keys.add(FieldValue.of(key));
				ids.add(hit.id());
			}
		}
		if (keys.isEmpty()) {
			return Map.of();
		}
		Query sameWorks = Query.of(q -> q.bool(b -> b
			.filter(Query.of(f -> f.terms(t -> t.field(WORK_KEY).terms(v -> v.value(keys)))),
					SearchQueryBuilder.visible(), postFilter)
			.mustNot(Query.of(n -> n.ids(i -> i.values(ids))))));
		SearchResponse<Void> response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
			.query(sameWorks)
			.size(0)
			.trackTotalHits(t -> t.enabled(false))
			.aggregations(VERSIONS_BY_WORK, a -> a.terms(t -> t.field(WORK_KEY).size(keys.size()))
				.aggregations(HitMapper.VERSIONS, v -> v.topHits(th -> th.size(HitMapper.MAX_VERSIONS)
					.sort(SortOptions.of(o -> o.field(f -> f.field("library").order(SortOrder.Asc).missing("_last"))),
							SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))))
					.source(src -> src.filter(f -> f.includes(HitMapper.VERSION_FIELDS)))))),
				Void.class);
		Map<String, List<SearchResult.Version>> versions = new HashMap<>();
		response.aggregations().get(VERSIONS_BY_WORK).sterms().buckets().array().forEach(bucket -> versions
			.put(bucket.key().stringValue(), HitMapper.versions(bucket.aggregations().get(HitMapper.VERSIONS).topHits())));
		return versions;
	}

	/** The work a collapsed hit stands for (the collapse returns its key as a field). */
	@SuppressWarnings("rawtypes")
	private static String workKey(Hit<Map> hit) {
		JsonData value = hit.fields().get(WORK_KEY);
		if (value == null) {
			return null;
		}
		List<?> values = value.to(List.class);
		return values.isEmpty() || values.getFirst() == null ? null : String.valueOf(values.getFirst());
	}

	/**
	 * Title and title bigrams whole, one fragment of description and full text (and their
	 * bigrams); each field marks what {@link SearchQueryBuilder#highlightQuery its own query} finds.
	 */
	private static List<NamedValue<HighlightField>> highlightFields(SearchRequest request) {
		List<NamedValue<HighlightField>> fields = new ArrayList<>();
		for (String field : List.of("title", "title.bigram")) {
			Query marks = SearchQueryBuilder.highlightQuery(request, field);
			fields.add(NamedValue.of(field, HighlightField.of(f -> f.numberOfFragments(0).highlightQuery(marks))));
		}
		for (String field : List.of("description", "description.bigram", "fullText", "fullText.bigram")) {
			Query marks = SearchQueryBuilder.highlightQuery(request, field);
			fields.add(NamedValue.of(field, HighlightField
				.of(f -> f.fragmentSize(120).numberOfFragments(1).noMatchSize(0).highlightQuery(marks))));
		}
		return fields;
	}

	private static Map<String, Aggregation> facetAggregations(Map<String, Query> filters) {
		Map<String, Aggregation> aggregations = new LinkedHashMap<>();
		Facets.FIELDS.forEach((facet, field) -> {
			Aggregation values = "year".equals(facet)
					? Aggregation.of(a -> a.terms(t -> t.field(field).size(Facets.MAX_YEARS)))
					: Aggregation.of(a -> a.terms(t -> t.field(field).size(Facets.MAX_VALUES_PER_FACET)));
			aggregations.put(facet, Aggregation.of(a -> a.filter(SearchQueryBuilder.allFiltersExcept(filters, facet))
				.aggregations("values", values)));
		});
		// with and without full text, counted under every filter but the full-text one; "without" is
		// the rest of the filter's count (a must_not filter would test every document a second time)
		Aggregation presence = Aggregation.of(a -> a.filter(SearchQueryBuilder.hasFullText()));
		aggregations.put(Facets.FULL_TEXT,
				Aggregation.of(a -> a.filter(SearchQueryBuilder.allFiltersExcept(filters, Facets.FULL_TEXT))
					.aggregations("values", presence)));
		// the histogram ignores the year filters (the range and chosen years), so the slider shows them all
		aggregations.put(YEAR_HISTOGRAM,
				Aggregation.of(a -> a.filter(SearchQueryBuilder.allFiltersExcept(filters, Facets.YEAR))
					.aggregations("years", h -> h.histogram(y -> y.field("year").interval(1.0).minDocCount(1)))
					.aggregations("withoutYear", m -> m.missing(y -> y.field("year")))));
		return aggregations;
	}

	private static YearHistogram yearHistogram(Map<String, Aggregate> aggregations) {
		var histogram = aggregations.get(YEAR_HISTOGRAM).filter().aggregations();
		Map<Integer, Long> perYear = new LinkedHashMap<>();
		histogram.get("years").histogram().buckets().array()
			.forEach(bucket -> perYear.merge((int) Math.round(bucket.key()), bucket.docCount(), Long::sum));
		return YearHistogram.of(perYear, histogram.get("withoutYear").missing().docCount());
	}

	private static Map<String, List<SearchResult.FacetValue>> facetValues(Map<String, Aggregate> aggregations,
			SearchRequest request) {
		Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
		for (String facet : Facets.FIELDS.keySet()) {
			List<String> selected = request.filters().getOrDefault(facet, List.of());
			List<SearchResult.FacetValue> values = new ArrayList<>();
			Aggregate values0 = aggregations.get(facet).filter().aggregations().get("values");
			if (values0.isSterms()) {
				values0.sterms().buckets().array().forEach(bucket -> values.add(new SearchResult.FacetValue(
						bucket.key().stringValue(), bucket.docCount(), selected.contains(bucket.key().stringValue()))));
			}
			else if (values0.isLterms()) {
				values0.lterms().buckets().array().forEach(bucket -> {
					String key = String.valueOf(bucket.key());
					values.add(new SearchResult.FacetValue(key, bucket.docCount(), selected.contains(key)));
				});
				values.sort((a, b) -> b.value().compareTo(a.value()));
			}
			facets.put(facet, values);
		}
		List<String> fullText = request.filters().getOrDefault(Facets.FULL_TEXT, List.of())
			.stream()
			.map(value -> value.strip().toLowerCase(java.util.Locale.ROOT))
			.toList();
		var presence = aggregations.get(Facets.FULL_TEXT).filter();
		long with = presence.aggregations().get("values").filter().docCount();
		Map<String, Long> counts = Map.of(TRUE, with, FALSE, presence.docCount() - with);
		List<SearchResult.FacetValue> withOrWithout = new ArrayList<>();
		for (String value : List.of(TRUE, FALSE)) {
			long count = counts.get(value);
			if (count > 0 || fullText.contains(value)) {
				withOrWithout.add(new SearchResult.FacetValue(value, count, fullText.contains(value)));
			}
		}
		facets.put(Facets.FULL_TEXT, withOrWithout);
		return facets;
	}

}
