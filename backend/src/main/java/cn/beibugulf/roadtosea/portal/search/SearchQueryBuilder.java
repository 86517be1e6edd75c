package cn.beibugulf.roadtosea.portal.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
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

	/** The simple syntax advanced queries may use: operators, phrases, grouping; no fuzziness, prefixes or slop. */
	private static final List<SimpleQueryStringFlag> SIMPLE_SYNTAX = List.of(SimpleQueryStringFlag.And,
			SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not, SimpleQueryStringFlag.Phrase,
			SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Whitespace, SimpleQueryStringFlag.Escape);

	private static final String WORDS_MINIMUM_SHOULD_MATCH = "3<50%";

	private static final String BIGRAM_MINIMUM_SHOULD_MATCH = "80%";

	private static final String TITLE_PHRASE_FIELD = "title.bigram";

	private static final int TITLE_PHRASE_SLOP = 1;

	private static final String DESCRIPTION_PHRASE_FIELD = "description.bigram";

	private static final int DESCRIPTION_PHRASE_SLOP = 2;

	/** The earliest year a filter accepts. */
	static final int MIN_YEAR = -3000;

	/** The latest year a filter accepts. */
	static final int MAX_YEAR = 3000;

	private SearchQueryBuilder() {
	}

	/** The scoring part: what matches the words, ranked. */
	static Query textQuery(SearchRequest request) {
		if (!request.hasQuery()) {
			return Query.of(q -> q.matchAll(m -> m));
		}
		String text = request.query();
		if (AdvancedQuery.isAdvanced(text)) {
			return advanced(AdvancedQuery.parse(text));
		}
		List<Query> should = new ArrayList<>(textClauses(text));
		// a query mixing scripts (RCEP 北部湾, Beihai 骑楼): each part may match on its own
		List<String> parts = scriptParts(text);
		if (parts.size() > 1) {
			for (String part : parts) {
				should.add(Query.of(q -> q.multiMatch(m -> m.query(part)
					.fields(WORD_FIELDS)
					.type(TextQueryType.BestFields)
					.operator(Operator.And))));
				should.add(Query.of(q -> q.multiMatch(m -> m.query(part)
					.fields(BIGRAM_FIELDS)
					.type(TextQueryType.BestFields)
					.operator(Operator.And))));
			}
		}
		if (request.looksLikePinyin()) {
			// pinyin typed for Chinese: whole syllables (beihai), initials or a started word (bh, beih);
			// the index joins each Chinese run's syllables, so "huashan yanhua" is also tried joined
			String pinyin = text.toLowerCase(java.util.Locale.ROOT).strip();
			for (String form : pinyin.contains(" ") ? List.of(pinyin, pinyin.replace(" ", "")) : List.of(pinyin)) {
				should.add(Query.of(q -> q.match(m -> m.field("pinyin").query(form).operator(Operator.And).boost(3f))));
				should.add(Query.of(q -> q.matchBoolPrefix(m -> m.field("pinyin").query(form).operator(Operator.And))));
			}
		}
		return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
	}

	/**
	 * Words in the segmented fields (most of them must match: long questions carry function
	 * words), bigrams for recall, and phrase boosts in title and description.
	 */
	private static List<Query> textClauses(String text) {
		Query words = Query.of(q -> q.multiMatch(m -> m.query(text)
			.fields(WORD_FIELDS)
			.type(TextQueryType.BestFields)
			.operator(Operator.Or)
			.minimumShouldMatch(WORDS_MINIMUM_SHOULD_MATCH)
			.tieBreaker(0.3)));
		Query bigrams = Query.of(q -> q.multiMatch(m -> m.query(text)
			.fields(BIGRAM_FIELDS)
			.type(TextQueryType.BestFields)
			.minimumShouldMatch(BIGRAM_MINIMUM_SHOULD_MATCH)
			.tieBreaker(0.3)));
		Query titlePhrase = Query
			.of(q -> q.matchPhrase(p -> p.field(TITLE_PHRASE_FIELD).query(text).slop(TITLE_PHRASE_SLOP).boost(6f)));
		Query descriptionPhrase = Query.of(q -> q
			.matchPhrase(p -> p.field(DESCRIPTION_PHRASE_FIELD).query(text).slop(DESCRIPTION_PHRASE_SLOP).boost(2f)));
		return List.of(words, bigrams, titlePhrase, descriptionPhrase);
	}

	/** Phrases, AND / OR / NOT and field terms, all through query types that cannot fail. */
	static Query advanced(AdvancedQuery query) {
		List<Query> must = new ArrayList<>();
		if (!query.text().isBlank()) {
			List<String> fields = new ArrayList<>(WORD_FIELDS);
			fields.addAll(BIGRAM_FIELDS);
			must.add(Query.of(q -> q.simpleQueryString(s -> s.query(query.text())
				.fields(fields)
				.defaultOperator(Operator.And)
				.lenient(true)
				.flags(SIMPLE_SYNTAX))));
		}
		query.fieldTerms().forEach((field, terms) -> {
			for (String term : terms) {
				List<Query> anyField = AdvancedQuery.FIELDS.get(field)
					.stream()
					.map(indexField -> Query.of(q -> q.matchPhrase(p -> p.field(indexField).query(term))))
					.toList();
				must.add(Query.of(q -> q.bool(b -> b.should(anyField).minimumShouldMatch("1"))));
			}
		});
		List<Query> filter = new ArrayList<>();
		if (query.yearFrom() != null) {
			filter.add(Query.of(q -> q.range(r -> r.number(n -> n.field("year")
				.gte(query.yearFrom().doubleValue())
				.lte(query.yearTo().doubleValue())))));
		}
		if (must.isEmpty()) {
			must.add(Query.of(q -> q.matchAll(m -> m)));
		}
		return Query.of(q -> q.bool(b -> b.must(must).filter(filter)));
	}

	/**
	 * What a highlighted field marks: the ranking query's own clauses for that one field, with
	 * their options — the words with the word fields' {@code minimum_should_match}, the bigrams
	 * with theirs, the phrase boost of {@code title.bigram} / {@code description.bigram}, each
	 * script run of a mixed query; for phrases and operators the same simple syntax on that field
	 * alone, plus any {@code title:}/{@code creator:}/{@code subject:} terms aimed at it. Asking
	 * Elasticsearch to highlight every field with the whole ranking query instead makes it run
	 * every clause over every field of every hit: measured, that was about four fifths of a cached
	 * search's time, for the same marks.
	 */
	static Query highlightQuery(SearchRequest request, String field) {
		String text = request.query();
		if (!AdvancedQuery.isAdvanced(text)) {
			boolean bigram = field.endsWith(".bigram");
			List<Query> should = new ArrayList<>();
			should.add(Query.of(q -> q.match(m -> m.field(field)
				.query(text)
				.minimumShouldMatch(bigram ? BIGRAM_MINIMUM_SHOULD_MATCH : WORDS_MINIMUM_SHOULD_MATCH))));
			if (TITLE_PHRASE_FIELD.equals(field)) {
				should.add(Query.of(q -> q.matchPhrase(p -> p.field(field).query(text).slop(TITLE_PHRASE_SLOP))));
			}
			if (DESCRIPTION_PHRASE_FIELD.equals(field)) {
				should.add(Query.of(q -> q.matchPhrase(p -> p.field(field).query(text).slop(DESCRIPTION_PHRASE_SLOP))));
			}
			List<String> parts = scriptParts(text);
			if (parts.size() > 1) {
				for (String part : parts) {
					should.add(Query.of(q -> q.match(m -> m.field(field).query(part).operator(Operator.And))));
				}
			}
			return Query.of(q -> q.bool(b -> b.should(should)));
		}
		AdvancedQuery advanced = AdvancedQuery.parse(text);
		List<Query> should = new ArrayList<>();
		if (!advanced.text().isBlank()) {
			should.add(Query.of(q -> q.simpleQueryString(s -> s.query(advanced.text())
				.fields(field)
				.defaultOperator(Operator.Or)
				.lenient(true)
				.flags(SIMPLE_SYNTAX))));
		}
		advanced.fieldTerms().forEach((name, terms) -> {
			if (AdvancedQuery.FIELDS.get(name).contains(field)) {
				terms.forEach(term -> should.add(Query.of(q -> q.matchPhrase(p -> p.field(field).query(term)))));
			}
		});
		if (should.isEmpty()) {
			return Query.of(q -> q.matchNone(n -> n));
		}
		return Query.of(q -> q.bool(b -> b.should(should)));
	}

	/** The runs of Han characters and of other letters in a query, when it has both. */
	static List<String> scriptParts(String text) {
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		Boolean han = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || !Character.isLetterOrDigit(c)) {
				current.append(' ');
				continue;
			}
			boolean isHan = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
			if (han != null && han != isHan && !current.isEmpty()) {
				parts.add(current.toString().strip());
				current.setLength(0);
			}
			han = isHan;
			current.append(c);
		}
		if (!current.toString().isBlank()) {
			parts.add(current.toString().strip());
		}
		return parts.stream().filter(p -> !p.isBlank()).toList();
	}

	/** Records that must never be shown: taken down or deleted at the source. */
	static Query visible() {
		return Query.of(q -> q.bool(b -> b.mustNot(Query.of(n -> n.term(t -> t.field("hidden").value(true))),
				Query.of(n -> n.term(t -> t.field("deleted").value(true))))));
	}

	/**
	 * One filter per facet that has chosen values (values within a facet are OR-ed), keyed by
	 * facet name. The year range joins the {@code year} facet's filter (both must hold), so that
	 * the year counts ignore every year filter; {@code fullText} filters on the presence of text.
	 */
	static Map<String, Query> facetFilters(SearchRequest request) {
		Map<String, Query> filters = new LinkedHashMap<>();
		request.filters().forEach((facet, values) -> {
			if (values.isEmpty() || !Facets.isFacet(facet)) {
				return;
			}
			String field = Facets.FIELDS.get(facet);
			List<FieldValue> fieldValues = new ArrayList<>();
			for (String value : values) {
				fieldValues.add(Facets.YEAR.equals(facet) ? FieldValue.of(parseYear(value)) : FieldValue.of(value));
			}
			filters.put(facet, Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues)))));
		});
		Query range = yearRange(request.filters());
		if (range != null) {
			Query years = filters.get(Facets.YEAR);
			filters.put(Facets.YEAR, years == null ? range : Query.of(q -> q.bool(b -> b.filter(years, range))));
		}
		Query fullText = fullText(request.filters().getOrDefault(Facets.FULL_TEXT, List.of()));
		if (fullText != null) {
			filters.put(Facets.FULL_TEXT, fullText);
		}
		return filters;
	}

	/**
	 * The facet filters of {@link #facetFilters} as a test of a version summary stored in a record
	 * ({@code versions}: the record fields of the facets, and {@code fullText} true or false), for
	 * the versions a hit lists: values within a facet are OR-ed, facets AND-ed, a year range needs
	 * a year.
	 */
	static Predicate<Map<?, ?>> versionFilter(SearchRequest request) {
		List<Predicate<Map<?, ?>>> tests = new ArrayList<>();
		request.filters().forEach((facet, values) -> {
			if (values.isEmpty() || !Facets.isFacet(facet)) {
				return;
			}
			String field = Facets.FIELDS.get(facet);
			if (Facets.YEAR.equals(facet)) {
				Set<Long> years = new HashSet<>();
				values.forEach(value -> years.add(parseYear(value)));
				tests.add(version -> version.get(field) instanceof Number year && years.contains(year.longValue()));
			}
			else {
				Set<String> chosen = Set.copyOf(values);
				tests.add(version -> {
					Object value = version.get(field);
					if (value instanceof List<?> list) {
						return list.stream().anyMatch(item -> chosen.contains(String.valueOf(item)));
					}
					return value != null && chosen.contains(String.valueOf(value));
				});
			}
		});
		Long from = bound(request.filters(), Facets.YEAR_FROM);
		Long to = bound(request.filters(), Facets.YEAR_TO);
		if (from != null || to != null) {
			tests.add(version -> version.get("year") instanceof Number year && (from == null || year.longValue() >= from)
					&& (to == null || year.longValue() <= to));
		}
		Query fullText = fullText(request.filters().getOrDefault(Facets.FULL_TEXT, List.of()));
		if (fullText != null) {
			boolean with = fullText.isExists();
			tests.add(version -> with == Boolean.TRUE.equals(version.get(Facets.FULL_TEXT_FIELD)));
		}
		return version -> tests.stream().allMatch(test -> test.test(version));
	}

	/** Records with full text: the indexed field exists (empty text is never written). */
	static Query hasFullText() {
		return Query.of(q -> q.exists(e -> e.field(Facets.FULL_TEXT_FIELD)));
	}

	/** Records without full text. */
	static Query lacksFullText() {
		return Query.of(q -> q.bool(b -> b.mustNot(hasFullText())));
	}

	private static Query fullText(List<String> values) {
		boolean with = false;
		boolean without = false;
		for (String value : values) {
			switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
				case "true" -> with = true;
				case "false" -> without = true;
				default -> throw new InvalidSearchException("fullText.invalid", "fullText must be true or false.");
			}
		}
		if (with == without) {
			return null; // neither, or both: every record
		}
		return with ? hasFullText() : lacksFullText();
	}

	/** {@code yearFrom} … {@code yearTo}, both inclusive and optional; null when neither is given. */
	private static Query yearRange(Map<String, List<String>> filters) {
		Long from = bound(filters, Facets.YEAR_FROM);
		Long to = bound(filters, Facets.YEAR_TO);
		if (from == null && to == null) {
			return null;
		}
		if (from != null && to != null && from > to) {
			throw new InvalidSearchException("year.invalid", "yearFrom must not be after yearTo.");
		}
		return Query.of(q -> q.range(r -> r.number(n -> {
			n.field("year");
			if (from != null) {
				n.gte(from.doubleValue());
			}
			if (to != null) {
				n.lte(to.doubleValue());
			}
			return n;
		})));
	}

	private static Long bound(Map<String, List<String>> filters, String name) {
		List<String> values = filters.getOrDefault(name, List.of());
		if (values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw new InvalidSearchException("year.invalid", name + " may be given once.");
		}
		return parseYear(values.getFirst());
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
			if (year < MIN_YEAR || year > MAX_YEAR) {
				throw new NumberFormatException(value);
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw new InvalidSearchException("year.invalid", "year must be a whole year such as 2020.");
		}
	}

}
