package cn.beibugulf.roadtosea.portal.insight;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/insight/queries?kind=top|zero&days=30}: the statistics dashboard's
 * query lists.
 */
@RestController
@Tag(name = "admin", description = "Administration / 管理")
class InsightController {

	static final int MAX_DAYS = 366;

	static final int MAX_LIMIT = 200;

	private final SearchLogRepository repository;

	private final SearchLog searchLog;

	InsightController(SearchLogRepository repository, SearchLog searchLog) {
		this.repository = repository;
		this.searchLog = searchLog;
	}

	@GetMapping("/api/admin/insight/queries")
	@Operation(summary = "Top and zero-result queries / 热门检索词与零结果检索词",
			description = "kind=top: the most searched queries; kind=zero: the most searched queries that found "
					+ "nothing. Queries are normalised (width, case, spacing, Traditional → Simplified).")
	QueryReport queries(@Parameter(description = "top or zero") @RequestParam(defaultValue = "top") String kind,
			@Parameter(description = "the last this many days, 1–366") @RequestParam(defaultValue = "30") int days,
			@Parameter(description = "at most this many queries, 1–200") @RequestParam(defaultValue = "50") int limit) {
		if (days < 1 || days > MAX_DAYS) {
			throw badRequest("days.invalid", "days must be between 1 and " + MAX_DAYS + ".");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw badRequest("limit.invalid", "limit must be between 1 and " + MAX_LIMIT + ".");
		}
		OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
		List<QueryStat> queries = switch (kind) {
			case "top" -> this.repository.top(since, limit);
			case "zero" -> this.repository.zeroResults(since, limit);
			default -> throw badRequest("kind.invalid", "kind must be top or zero.");
		};
		return new QueryReport(kind, days, since, queries, this.searchLog.dropped());
	}

	private static ErrorResponseException badRequest(String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid insight request");
		problem.setProperty("code", code);
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	/**
	 * One list of the dashboard.
	 *
	 * @param kind {@code top} or {@code zero}
	 * @param days the period
	 * @param since its start
	 * @param queries the queries, most searched first
	 * @param dropped searches not logged since start because the queue was full
	 */
	record QueryReport(String kind, int days, OffsetDateTime since, List<QueryStat> queries, long dropped) {
	}

}
