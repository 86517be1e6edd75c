package cn.beibugulf.roadtosea.portal.seo;

import java.io.IOException;
import java.util.Map;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.records.RecordNotFoundException;
import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/records-jsonld?id=}: schema.org JSON-LD describing one visible record, for the
 * record page to embed in a {@code <script type="application/ld+json">} element.
 */
@RestController
@Tag(name = "seo")
class JsonLdController {

	static final String MEDIA_TYPE = "application/ld+json";

	private final ElasticsearchClient client;

	private final SiteUrls urls;

	private final JsonMapper json;

	JsonLdController(ElasticsearchClient client, SiteUrls urls, JsonMapper json) {
		this.client = client;
		this.urls = urls;
		this.json = json;
	}

	@GetMapping(path = "/api/records-jsonld", produces = MEDIA_TYPE)
	@Operation(summary = "schema.org JSON-LD of a record / 记录的结构化数据",
			description = "Safe to embed in a script element as is: <, > and & are written as \\u escapes. "
					+ "Example: /api/records-jsonld?id=demo-beihai:oai:demo.beihai:0001")
	@SuppressWarnings("rawtypes")
	ResponseEntity<String> jsonLd(@Parameter(description = "the record id") @RequestParam String id)
			throws IOException {
		SearchResponse<Map> response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
			.query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(id))).filter(SearchQueries.visible())))
			.source(src -> src.filter(f -> f.excludes("fullText", "pinyin", "suggest")))
			.size(1), Map.class);
		if (response.hits().hits().isEmpty() || response.hits().hits().getFirst().source() == null) {
			throw new RecordNotFoundException(id);
		}
		Map<String, Object> document = JsonLd.describe(id, response.hits().hits().getFirst().source(),
				this.urls.recordPage(id));
		return ResponseEntity.ok()
			.header("Content-Type", MEDIA_TYPE + ";charset=UTF-8")
			.body(JsonLd.scriptSafe(this.json.writeValueAsString(document)));
	}

}
