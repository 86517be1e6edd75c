package cn.beibugulf.roadtosea.portal.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

/**
 * Reads the visible records among a list of ids, in the order asked for. Hidden, deleted and
 * unknown ids are left out.
 */
@Component
class VisibleRecords {

	private final ElasticsearchClient client;

	VisibleRecords(ElasticsearchClient client) {
		this.client = client;
	}

	@SuppressWarnings("rawtypes")
	List<Map.Entry<String, Map<?, ?>>> find(List<String> ids) throws IOException {
		SearchResponse<Map> response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
			.query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(ids))).filter(SearchQueries.visible())))
			.source(src -> src.filter(f -> f.excludes("fullText", "pinyin", "suggest")))
			.size(ids.size()), Map.class);
		Map<String, Map<?, ?>> byId = new HashMap<>();
		for (Hit<Map> hit : response.hits().hits()) {
			if (hit.source() != null) {
				byId.put(hit.id(), hit.source());
			}
		}
		List<Map.Entry<String, Map<?, ?>>> found = new ArrayList<>();
		for (String id : ids) {
			if (byId.containsKey(id)) {
				found.add(Map.entry(id, byId.get(id)));
			}
		}
		return found;
	}

}
