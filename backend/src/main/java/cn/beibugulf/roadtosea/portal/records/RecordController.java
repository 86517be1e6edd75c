package cn.beibugulf.roadtosea.portal.records;

import java.io.IOException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/records/{id}}: one visible record as indexed.
 */
@RestController
@Tag(name = "records", description = "Single records / 单条记录")
class RecordController {

	private final RecordService recordService;

	RecordController(RecordService recordService) {
		this.recordService = recordService;
	}

	@GetMapping("/api/records/{*id}")
	@Operation(summary = "One record / 单条记录",
			description = "Record ids are `{sourceId}:{source identifier}`, e.g. /api/records/demo-beihai:oai:demo.beihai:0001")
	Map<String, Object> record(@PathVariable String id) throws IOException {
		String recordId = id.startsWith("/") ? id.substring(1) : id;
		return this.recordService.find(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
	}

}
