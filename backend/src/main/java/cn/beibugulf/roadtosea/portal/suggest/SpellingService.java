package cn.beibugulf.roadtosea.portal.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.FieldSuggester;
import co.elastic.clients.elasticsearch.core.search.Suggestion;

import org.springframework.stereotype.Service;

/**
 * "Did you mean": Elasticsearch's {@code phrase} suggester (a {@code direct_generator} on each
 * field, no shingle field needed) proposes a corrected query for misspelled English or pinyin,
 * and every proposal is checked to find records before it is offered. A query whose words all
 * occur in the records and that finds something gets no proposal. Pinyin proposals (and a
 * pinyin query that finds nothing) are offered as the Chinese word they spell, e.g.
 * {@code beihia} → 北海, because the search itself matches Chinese text, not pinyin.
 */
@Service
class SpellingService {

	/** Fields whose words count as known (unstemmed, lower-cased tokens) and the pinyin. */
	static final List<String> KNOWN_WORD_FIELDS = List.of("title.bigram", "altTitles.bigram", "creators.bigram",
			"subjects.bigram", "description.bigram", "fullText.bigram", "pinyin");

	/** Fields a phrase suggester corrects against, most telling first. */
	static final List<String> SPELLING_FIELDS = List.of("title.icu", "subjects.bigram", "description.bigram");

	static final String PINYIN_FIELD = "pinyin";

	static final int MAX_WORDS = 10;

	static final int MAX_CANDIDATES_CHECKED = 4;

	private final ElasticsearchClient client;

	private final PinyinLookup pinyinLookup;

	SpellingService(ElasticsearchClient client, PinyinLookup pinyinLookup) {
		this.client = client;
		this.pinyinLookup = pinyinLookup;
	}

	@SuppressWarnings("rawtypes")
	DidYouMean didYouMean(String typed, Map<String, List<String>> filters) throws IOException {
		String text = typed == null ? "" : typed.strip();
		Query matching = SearchQueries.matching(text, filters);
		if (!PinyinMatcher.hasLatin(text)) {
			// nothing a spelling suggester can correct: Chinese is matched by bigrams already
			return DidYouMean.none(text, count(matching));
		}
		List<String> words = words(text);
		Map<String, Aggregation> presence = new LinkedHashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			presence.put("w" + i, Aggregation.of(a -> a.filter(f -> f.bool(b -> b.filter(SearchQueries.visible())
				.filter(w -> w.multiMatch(m -> m.query(word).fields(KNOWN_WORD_FIELDS)))))));
		}
		SearchResponse<Map> response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
			.query(matching)
			.size(0)
			.trackTotalHits(t -> t.enabled(true))
			.aggregations("words", a -> a.global(g -> g).aggregations(presence))
			.suggest(sg -> {
				for (String field : SPELLING_FIELDS) {
					sg.suggesters(field, phrase(text, field));
				}
				return sg.suggesters(PINYIN_FIELD, phrase(text, PINYIN_FIELD));
			}), Map.class);
		long total = response.hits().total() == null ? 0 : response.hits().total().value();
		Map<String, Aggregate> found = response.aggregations().get("words").global().aggregations();
		boolean allWordsKnown = found.values().stream().allMatch(agg -> agg.filter().docCount() > 0);
		if (total > 0 && allWordsKnown) {
			return DidYouMean.none(text, total);
		}

		Set<String> candidates = new LinkedHashSet<>();
		for (String field : SPELLING_FIELDS) {
			candidates.addAll(options(response, field));
		}
		List<String> pinyin = new ArrayList<>(options(response, PINYIN_FIELD));
		if (total == 0) {
			pinyin.add(text);
		}
		for (String spelled : pinyin) {
			candidates.addAll(this.pinyinLookup.chineseFor(spelled));
		}
		int checked = 0;
		for (String candidate : candidates) {
			if (checked == MAX_CANDIDATES_CHECKED) {
				break;
			}
			if (sameText(candidate, text) || candidate.length() > SearchQueries.maxQueryLength()) {
				continue;
			}
			checked++;
			long candidateTotal = count(SearchQueries.matching(candidate, filters));
			if (candidateTotal > 0) {
				return new DidYouMean(text, total, candidate, candidateTotal);
			}
		}
		return DidYouMean.none(text, total);
	}

	private static java.util.function.Function<FieldSuggester.Builder, co.elastic.clients.util.ObjectBuilder<FieldSuggester>> phrase(
			String text, String field) {
		return fs -> fs.text(text)
			.phrase(p -> p.field(field)
				.size(3)
				.maxErrors(2.0)
				.directGenerator(d -> d.field(field).suggestMode(SuggestMode.Missing).minWordLength(3)));
	}

	@SuppressWarnings("rawtypes")
	private static List<String> options(SearchResponse<Map> response, String name) {
		List<String> texts = new ArrayList<>();
		for (Suggestion<Map> suggestion : response.suggest().getOrDefault(name, List.of())) {
			suggestion.phrase().options().forEach(option -> texts.add(option.text()));
		}
		return texts;
	}

	private long count(Query query) throws IOException {
		return this.client.count(c -> c.index(RecordsIndex.ALIAS).query(query)).count();
	}

	/** The Latin words of the text, lower case, at most {@value #MAX_WORDS}. */
	static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{IsLatin}\\p{Nd}]+"))
			.filter(word -> !word.isEmpty() && PinyinMatcher.hasLatin(word))
			.distinct()
			.limit(MAX_WORDS)
			.toList();
	}

	private static boolean sameText(String a, String b) {
		return a.replaceAll("\\s+", "").equalsIgnoreCase(b.replaceAll("\\s+", ""));
	}

}
