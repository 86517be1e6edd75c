package cn.beibugulf.roadtosea.portal.related;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.portal.records.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/related?id=}: what the portal links from a record, module by module, and
 * {@code GET /api/within?id=&q=}: every place a record's full text matches.
 */
@RestController
@Tag(name = "related", description = "Links across modules and search within a record / 关联与文内检索")
class RelatedController {

	private final RelatedService relatedService;

	private final WithinService withinService;

	RelatedController(RelatedService relatedService, WithinService withinService) {
		this.relatedService = relatedService;
		this.withinService = withinService;
	}

	@GetMapping("/api/related")
	@Operation(summary = "Related records per module / 五个栏目中的关联记录",
			description = "Explicit links, the same places and people, and similar text; up to 4 per module.")
	Map<String, List<RelatedRecord>> related(@RequestParam String id) throws IOException {
		return this.relatedService.related(id).orElseThrow(() -> new RecordNotFoundException(id));
	}

	@GetMapping("/api/within")
	@Operation(summary = "Search within one record's full text / 文内检索",
			description = "Every match with its character offsets in the full text and a short highlighted context.")
	WithinService.WithinResult within(@RequestParam String id, @RequestParam String q) throws IOException {
		return this.withinService.within(id, q).orElseThrow(() -> new RecordNotFoundException(id));
	}

}
