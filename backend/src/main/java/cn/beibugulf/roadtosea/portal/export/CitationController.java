package cn.beibugulf.roadtosea.portal.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.portal.records.RecordNotFoundException;
import cn.beibugulf.roadtosea.portal.seo.SiteUrls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/citations?id=…&id=…&format=ris|bibtex|csl-json}: citations of one record or a
 * selection, as a download.
 */
@RestController
@Tag(name = "export", description = "Citations and result lists / 引文与结果导出")
class CitationController {

	static final int MAX_RECORDS = 200;

	private final VisibleRecords records;

	private final SiteUrls urls;

	private final JsonMapper json;

	CitationController(VisibleRecords records, SiteUrls urls, JsonMapper json) {
		this.records = records;
		this.urls = urls;
		this.json = json;
	}

	@GetMapping("/api/citations")
	@Operation(summary = "Citations / 引文导出",
			description = "RIS (application/x-research-info-systems), BibTeX (application/x-bibtex) or CSL-JSON "
					+ "(application/vnd.citationstyles.csl+json) for up to " + MAX_RECORDS + " records, in the order "
					+ "given; hidden or unknown ids are left out. Example: /api/citations?id=a:1&id=b:2&format=bibtex")
	ResponseEntity<byte[]> citations(
			@Parameter(description = "record ids, repeatable") @RequestParam(name = "id", required = false) List<String> ids,
			@Parameter(description = "ris, bibtex or csl-json") @RequestParam(defaultValue = "ris") String format)
			throws IOException {
		CitationFormat chosen = CitationFormat.of(format)
			.orElseThrow(() -> ExportProblems.badRequest("format.invalid", "format must be ris, bibtex or csl-json."));
		List<String> wanted = ids == null ? List.of()
				: ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
		if (wanted.isEmpty()) {
			throw ExportProblems.badRequest("id.missing", "Name at least one record with id=….");
		}
		if (wanted.size() > MAX_RECORDS) {
			throw ExportProblems.badRequest("id.too-many", "At most " + MAX_RECORDS + " records can be cited at once.");
		}
		List<Map.Entry<String, Map<?, ?>>> found = this.records.find(wanted);
		if (found.isEmpty()) {
			throw new RecordNotFoundException(wanted.getFirst());
		}
		List<CitableRecord> citable = found.stream()
			.map(entry -> CitableRecord.from(entry.getKey(), entry.getValue(), this.urls.recordPage(entry.getKey())))
			.toList();
		String body = switch (chosen) {
			case RIS -> RisWriter.write(citable);
			case BIBTEX -> BibtexWriter.write(citable);
			case CSL_JSON -> CslJsonWriter.write(citable, this.json);
		};
		String name = (citable.size() == 1 ? "citation-" + FileNames.safe(citable.getFirst().id()) : "citations") + "."
				+ chosen.extension();
		return ResponseEntity.ok()
			.contentType(chosen.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
