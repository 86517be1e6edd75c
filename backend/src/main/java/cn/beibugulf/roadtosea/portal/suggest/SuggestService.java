package cn.beibugulf.roadtosea.portal.suggest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.search.InvalidSearchException;
import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;

import org.springframework.stereotype.Service;

/**
 * Autocomplete in one Elasticsearch round trip: the {@code completion} suggester on
 * {@code suggest} (titles, subjects, places, people and their pinyin, folded Traditional →
 * Simplified by the field's analyzer) and, in the same request, a prefix query on
 * {@code title.prefix} and {@code pinyin} for records whose words the suggester does not hold.
 * Answers are kept for a short time by prefix ({@link SuggestCache}, {@link SuggestProperties}).
 */
@Service
class SuggestService {

	static final int MAX_SUGGESTIONS = 10;

	/** Completion inputs are cut at this length in the template ({@code max_input_length}). */
	static final int MAX_PREFIX_LENGTH = 50;

	/** Options asked of each completion suggester: room for hidden records and duplicates dropped here. */
	static final int COMPLETION_SIZE = MAX_SUGGESTIONS + 5;

	private static final List<String> SOURCE_FIELDS = List.of("title", "suggest.input", "hidden", "deleted");

	private final ElasticsearchClient client;

	private final SuggestCache cache;

	SuggestService(ElasticsearchClient client, SuggestProperties properties) {
		this.client = client;
		this.cache = new SuggestCache(properties.cacheTtl(), properties.cacheSize(),
				com.github.benmanes.caffeine.cache.Ticker.systemTicker());
		// the pinyin dictionary loads on first use: pay that at start-up, not on a reader's keystroke
		PinyinMatcher.full("北海");
	}

	/**
	 * What to suggest for the text typed so far; the same text asked again within
	 * {@code portal.suggest.cache-ttl} is answered from memory.
	 */
	Suggestions suggest(String typed) throws IOException {
		String text = typed == null ? "" : typed.strip();
		if (text.length() > SearchQueries.maxQueryLength()) {
			throw new InvalidSearchException("query.too-long",
					"The text is longer than " + SearchQueries.maxQueryLength() + " characters.");
		}
		if (text.isEmpty()) {
			return new Suggestions(text, List.of());
		}
		return this.cache.get(text, this::lookUp);
	}

	@SuppressWarnings("rawtypes")
	private Suggestions lookUp(String text) throws IOException {
		String prefix = cut(text);
		// "bei hai" is typed with a space, the pinyin input is "beihai"
		String joined = PinyinMatcher.hasHan(text) ? prefix : cut(text.replaceAll("\\s+", ""));
		SearchResponse<Map> response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
			.query(fallback(text, joined))
			.size(MAX_SUGGESTIONS)
			// only the best few records are shown: no count, so scoring may skip what cannot make the list
			.trackTotalHits(t -> t.enabled(false))
			// readers type the same first letters: the shard request cache answers a repeated prefix
			// from memory until the index next changes
			.requestCache(true)
			.source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)))
			.suggest(sg -> {
				sg.suggesters("typed", fs -> fs.prefix(prefix)
					.completion(c -> c.field("suggest").size(COMPLETION_SIZE).skipDuplicates(true)));
				if (!joined.equals(prefix)) {
					sg.suggesters("joined", fs -> fs.prefix(joined)
						.completion(c -> c.field("suggest").size(COMPLETION_SIZE).skipDuplicates(true)));
				}
				return sg;
			}), Map.class);

		Map<String, Suggestions.Suggestion> entries = new LinkedHashMap<>();
		for (String name : List.of("typed", "joined")) {
			for (Suggestion<Map> suggestion : response.suggest().getOrDefault(name, List.of())) {
				for (CompletionSuggestOption<Map> option : suggestion.completion().options()) {
					addOption(entries, option);
				}
			}
		}
		for (Hit<Map> hit : response.hits().hits()) {
			String title = SourceFields.text(hit.source(), "title");
			if (title != null) {
				entries.putIfAbsent(key(title), Suggestions.Suggestion.record(title, hit.id()));
			}
		}
		return new Suggestions(text, entries.values().stream().limit(MAX_SUGGESTIONS).toList());
	}

	@SuppressWarnings("rawtypes")
	private static void addOption(Map<String, Suggestions.Suggestion> entries, CompletionSuggestOption<Map> option) {
		Map source = option.source();
		if (source == null || SourceFields.isTrue(source, "hidden") || SourceFields.isTrue(source, "deleted")) {
			// the completion suggester cannot filter: taken-down records are dropped here
			return;
		}
		String input = option.text();
		String title = SourceFields.text(source, "title");
		if (PinyinMatcher.hasHan(input)) {
			add(entries, input, title, option.id());
			return;
		}
		List<String> chinese = PinyinMatcher.chineseFor(input, SourceFields.strings(source, "suggest", "input"));
		if (chinese.isEmpty()) {
			add(entries, input, title, option.id());
		}
		chinese.forEach(word -> add(entries, word, title, option.id()));
	}

	/** A title of its own record becomes a record entry; any other input a word to search for. */
	private static void add(Map<String, Suggestions.Suggestion> entries, String text, String title, String id) {
		Suggestions.Suggestion entry = text.equals(title) ? Suggestions.Suggestion.record(title, id)
				: Suggestions.Suggestion.query(text);
		entries.putIfAbsent(key(text), entry);
	}

	private static Query fallback(String text, String joined) {
		Query titlePrefix = Query.of(q -> q.match(m -> m.field("title.prefix").query(cut(text))));
		Query pinyinPrefix = Query.of(q -> q.match(m -> m.field("pinyin.prefix").query(joined)));
		Query pinyinWords = Query
			.of(q -> q.matchBoolPrefix(m -> m.field("pinyin").query(text).operator(Operator.And)));
		List<Query> should = PinyinMatcher.hasHan(text) ? List.of(titlePrefix)
				: List.of(titlePrefix, pinyinPrefix, pinyinWords);
		return Query.of(q -> q.bool(b -> b.filter(SearchQueries.visible()).should(should).minimumShouldMatch("1")));
	}

	private static String cut(String text) {
		return text.length() > MAX_PREFIX_LENGTH ? text.substring(0, MAX_PREFIX_LENGTH) : text;
	}

	private static String key(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
