package cn.beibugulf.roadtosea.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

/**
 * Turns a {@link SearchRequest} into Elasticsearch queries. User text only ever reaches
 * {@code multi_match} and {@code match_phrase}, which analyse it as plain text: nothing typed
 * can become query syntax, so no input makes the query fail or reach fields it should not.
 */
final class SearchQueryBuilder {

	/** Word fields (smartcn): precise matches, all words required. */
	static final List<String> WORD_FIELDS = List.of("title^4", "altTitles^3", "creators^3", "subjects^3",
			"description^1.5", "fullText");

	/** Bigram fields: recall for text the word segmenter splits differently. */
	static final List<String> BIGRAM_FIELDS = List.of("title.bigram^3", "altTitles.bigram^2", "creators.bigram^2",
			"subjects.bigram^2", "description.bigram", "fullText.bigram^0.5");

	private SearchQueryBuilder() {
	}

	/** The scoring part: what matches the words, ranked. */
	static Query textQuery(SearchRequest request) {
		if (!request.hasQuery()) {
			return Query.of(q -> q.matchAll(m -> m));
		}
		String text = request.query();
		Query words = Query.of(q -> q.multiMatch(m -> m.query(text)
			.fields(WORD_FIELDS)
			.type(TextQueryType.BestFields)
			.operator(Operator.And)
			.tieBreaker(0.3)));
		Query bigrams = Query.of(q -> q.multiMatch(m -> m.query(text)
			.fields(BIGRAM_FIELDS)
			.type(TextQueryType.BestFields)
			.minimumShouldMatch("80%")
			.tieBreaker(0.3)));
		Query titlePhrase = Query.of(q -> q.matchPhrase(p -> p.field("title.bigram").query(text).slop(1).boost(6f)));
		Query descriptionPhrase = Query
			.of(q -> q.matchPhrase(p -> p.field("description.bigram").query(text).slop(2).boost(2f)));
		List<Query> should = new ArrayList<>(List.of(words, bigrams, titlePhrase, descriptionPhrase));
		if (request.looksLikePinyin()) {
			// pinyin typed for Chinese: whole syllables (beihai) and initials or a started word (bh, beih)
			String pinyin = text.toLowerCase(java.util.Locale.ROOT);
			should.add(Query.of(q -> q.match(m -> m.field("pinyin").query(pinyin).operator(Operator.And).boost(3f))));
			should.add(Query.of(q -> q.matchBoolPrefix(m -> m.field("pinyin").query(pinyin).operator(Operator.And))));
		}
		return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
	}

	/** Records that must never be shown: taken down or deleted at the source. */
	static Query visible() {
		return Query.of(q -> q.bool(b -> b.mustNot(Query.of(n -> n.term(t -> t.field("hidden").value(true))),
				Query.of(n -> n.term(t -> t.field("deleted").value(true))))));
	}

	/** One filter per facet that has chosen values (values within a facet are OR-ed). */
	static Map<String, Query> facetFilters(SearchRequest request) {
		Map<String, Query> filters = new LinkedHashMap<>();
		request.filters().forEach((facet, values) -> {
			if (values.isEmpty()) {
				return;
			}
			String field = Facets.FIELDS.get(facet);
			List<FieldValue> fieldValues = new ArrayList<>();
			for (String value : values) {
				fieldValues.add("year".equals(facet) ? FieldValue.of(parseYear(value)) : FieldValue.of(value));
			}
			filters.put(facet, Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues)))));
		});
		return filters;
	}

	/** The filters of every facet except one: the counts shown for a facet ignore its own choice. */
	static Query allFiltersExcept(Map<String, Query> filters, String facet) {
		List<Query> others = filters.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().equals(facet))
			.map(Map.Entry::getValue)
			.toList();
		if (others.isEmpty()) {
			return Query.of(q -> q.matchAll(m -> m));
		}
		return Query.of(q -> q.bool(b -> b.filter(others)));
	}

	private static long parseYear(String value) {
		try {
			long year = Long.parseLong(value.strip());
			if (year < -3000 || year > 3000) {
				throw new NumberFormatException(value);
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw new InvalidSearchException("year.invalid", "year must be a whole year such as 2020.");
		}
	}

}
