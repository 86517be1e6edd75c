package cn.beibugulf.roadtosea.portal.admin;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.ingest.HarvestMode;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailure;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Curators' harvest control: sources (create, list, update, delete), starting, stopping and
 * restarting runs, run status with counts and rate, and every skipped or failed record.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "admin", description = "Harvest sources and runs / 采集源与采集任务")
class AdminHarvestController {

	private final HarvestService harvests;

	private final HarvestScheduler scheduler;

	private final Clock clock;

	AdminHarvestController(HarvestService harvests, HarvestScheduler scheduler) {
		this.harvests = harvests;
		this.scheduler = scheduler;
		this.clock = Clock.systemUTC();
	}

	@GetMapping("/sources")
	@Operation(summary = "List harvest sources with their last harvest / 采集源列表")
	List<SourceView> sources() {
		return this.harvests.sources()
			.stream()
			.map(source -> new SourceView(source, this.harvests.state(source.id()).orElse(null)))
			.toList();
	}

	@GetMapping("/sources/{id}")
	SourceView source(@PathVariable String id) {
		HarvestSource source = this.harvests.source(id).orElseThrow(() -> new HarvestSourceNotFoundException(id));
		return new SourceView(source, this.harvests.state(id).orElse(null));
	}

	@PostMapping("/sources/{id}")
	@Operation(summary = "Create a harvest source / 新建采集源")
	ResponseEntity<HarvestSource> create(@PathVariable String id, @Valid @RequestBody SourceForm form) {
		if (this.harvests.source(id).isPresent()) {
			throw new SourceConflictException(id);
		}
		HarvestSource saved = this.harvests.register(form.toSource(id));
		this.scheduler.reschedule();
		return ResponseEntity.created(URI.create("/api/admin/sources/" + id)).body(saved);
	}

	@PutMapping("/sources/{id}")
	@Operation(summary = "Update a harvest source / 修改采集源")
	HarvestSource update(@PathVariable String id, @Valid @RequestBody SourceForm form) {
		this.harvests.source(id).orElseThrow(() -> new HarvestSourceNotFoundException(id));
		HarvestSource saved = this.harvests.register(form.toSource(id));
		this.scheduler.reschedule();
		return saved;
	}

	@DeleteMapping("/sources/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a harvest source (its records stay in the index) / 删除采集源")
	void delete(@PathVariable String id) {
		if (!this.harvests.deleteSource(id)) {
			throw new HarvestSourceNotFoundException(id);
		}
		this.scheduler.reschedule();
	}

	@PostMapping("/sources/{id}/harvests")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Start a harvest of a source (incremental by default) / 启动采集")
	Map<String, Object> start(@PathVariable String id, @RequestParam(defaultValue = "INCREMENTAL") HarvestMode mode) {
		long executionId = this.harvests.start(id, mode);
		return Map.of("executionId", executionId, "status", "/api/admin/harvests/" + executionId);
	}

	@GetMapping("/harvests/{executionId}")
	@Operation(summary = "A run's status, counts and rate / 采集任务状态")
	HarvestRunView run(@PathVariable long executionId) {
		return HarvestRunView.of(this.harvests.status(executionId), this.clock.instant());
	}

	@PostMapping("/harvests/{executionId}/stop")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> stop(@PathVariable long executionId) {
		return Map.of("executionId", executionId, "stopping", this.harvests.stop(executionId));
	}

	@PostMapping("/harvests/{executionId}/restart")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> restart(@PathVariable long executionId) {
		long restarted = this.harvests.restart(executionId);
		return Map.of("executionId", restarted, "status", "/api/admin/harvests/" + restarted);
	}

	@GetMapping("/harvests/{executionId}/failures")
	@Operation(summary = "Records skipped or failed in a run, with stage and reason / 失败记录")
	List<HarvestFailure> runFailures(@PathVariable long executionId) {
		return this.harvests.failures(executionId);
	}

	@GetMapping("/sources/{id}/failures")
	@Operation(summary = "Records skipped or failed for a source, newest first / 采集源的失败记录")
	List<HarvestFailure> sourceFailures(@PathVariable String id) {
		return this.harvests.failures(id);
	}

}
