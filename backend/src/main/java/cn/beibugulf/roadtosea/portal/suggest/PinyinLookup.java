package cn.beibugulf.roadtosea.portal.suggest;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

/**
 * Turns pinyin into the Chinese words it spells in the records: finds visible records whose
 * {@code pinyin} field holds the spelling and picks, among their suggest inputs, the words whose
 * full pinyin or initials it is ({@code beihai} or {@code bei hai} or {@code bh} → 北海).
 */
@Component
class PinyinLookup {

	static final int MAX_RECORDS = 5;

	private final ElasticsearchClient client;

	PinyinLookup(ElasticsearchClient client) {
		this.client = client;
	}

	@SuppressWarnings("rawtypes")
	List<String> chineseFor(String pinyin) throws IOException {
		String joined = PinyinMatcher.compact(pinyin);
		if (joined.isEmpty() || PinyinMatcher.hasHan(pinyin)) {
			return List.of();
		}
		SearchResponse<Map> response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
			.query(q -> q.bool(b -> b.filter(SearchQueries.visible())
				.should(m -> m.match(t -> t.field("pinyin").query(pinyin).operator(Operator.And)))
				.should(m -> m.term(t -> t.field("pinyin").value(joined)))
				.minimumShouldMatch("1")))
			.size(MAX_RECORDS)
			.source(src -> src.filter(f -> f.includes("suggest.input"))), Map.class);
		Set<String> words = new LinkedHashSet<>();
		for (Hit<Map> hit : response.hits().hits()) {
			words.addAll(PinyinMatcher.chineseFor(joined, SourceFields.strings(hit.source(), "suggest", "input")));
		}
		return List.copyOf(words);
	}

}
