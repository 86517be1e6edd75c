package cn.beibugulf.roadtosea.portal.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.search.SearchQueries;
import cn.beibugulf.roadtosea.portal.seo.SiteUrls;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search.csv}: the first {@value #MAX_ROWS} hits of a search, with the same words,
 * filters and {@code sort} as {@code GET /api/search} and in its order (one row per record: the
 * versions a search folds into one hit are rows of their own), as a CSV download.
 */
@RestController
@Tag(name = "export")
class CsvExportController {

	static final int MAX_ROWS = 1_000;

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ElasticsearchClient client;

	private final SiteUrls urls;

	CsvExportController(ElasticsearchClient client, SiteUrls urls) {
		this.client = client;
		this.urls = urls;
	}

	@GetMapping("/api/search.csv")
	@Operation(summary = "Result list as CSV / 导出检索结果",
			description = "The first " + MAX_ROWS + " hits of /api/search with the same q, filter and sort parameters "
					+ "(page, size and after do not apply), UTF-8 with a byte order mark. The header X-Total-Count says how "
					+ "many records matched. Example: /api/search.csv?q=北海&module=origins")
	@SuppressWarnings("rawtypes")
	ResponseEntity<byte[]> csv(@Parameter(description = "the words, as for /api/search") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "relevance (default), date, date_asc or title, as for /api/search") @RequestParam(required = false) String sort,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) throws IOException {
		Query query = SearchQueries.matching(q, SearchQueries.filters(parameters));
		List<SortOptions> order = SearchQueries.sort(sort);
		SearchResponse<Map> response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
			.query(query)
			.sort(order)
			.size(MAX_ROWS)
			.trackTotalHits(t -> t.enabled(true))
			.source(src -> src.filter(f -> f.excludes("fullText", "pinyin", "suggest", "description"))), Map.class);
		List<Map.Entry<String, Map<?, ?>>> rows = new ArrayList<>();
		for (Hit<Map> hit : response.hits().hits()) {
			rows.add(Map.entry(hit.id(), hit.source() == null ? Map.of() : hit.source()));
		}
		long total = response.hits().total() == null ? rows.size() : response.hits().total().value();
		String body = ResultCsv.write(rows, this.urls::recordPage);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("search-results.csv", StandardCharsets.UTF_8).build().toString())
			.header("X-Total-Count", String.valueOf(total))
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
