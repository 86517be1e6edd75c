package cn.beibugulf.roadtosea.portal.records;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import org.springframework.stereotype.Service;

/**
 * Reads single records through the {@code records} alias. Hidden and deleted records are not
 * served.
 */
@Service
class RecordService {

	/** Fields that exist for searching (and linking versions) only. */
	private static final Set<String> INTERNAL = Set.of("pinyin", "suggest", "versionIds");

	private final ElasticsearchClient client;

	RecordService(ElasticsearchClient client) {
		this.client = client;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	Optional<Map<String, Object>> find(String id) throws IOException {
		// a search by id works through an alias that may one day span several indices
		SearchResponse<Map> response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
			.query(q -> q.ids(i -> i.values(id)))
			.size(1), Map.class);
		if (response.hits().hits().isEmpty() || response.hits().hits().getFirst().source() == null) {
			return Optional.empty();
		}
		Map<String, Object> source = response.hits().hits().getFirst().source();
		if (Boolean.TRUE.equals(source.get("hidden")) || Boolean.TRUE.equals(source.get("deleted"))) {
			return Optional.empty();
		}
		Map<String, Object> record = new LinkedHashMap<>(source);
		INTERNAL.forEach(record::remove);
		record.put("id", id);
		return Optional.of(record);
	}

}
