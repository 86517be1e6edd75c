package cn.beibugulf.roadtosea.ingest.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Table {@code harvest_state}: one row per source, written at the end of every harvest. */
public class HarvestStateRepository {

	private final JdbcClient jdbc;

	public HarvestStateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<HarvestState> findBySourceId(String sourceId) {
		return this.jdbc.sql("SELECT * FROM harvest_state WHERE source_id = :sourceId")
			.param("sourceId", sourceId)
			.query(HarvestStateRepository::map)
			.optional();
	}

	/**
	 * Records the end of a harvest. A successful run moves {@code last_datestamp} forward (it never
	 * goes back) and sets {@code last_success_at}; a failed run only records its status and counts.
	 */
	@Transactional
	public void recordRun(RunOutcome outcome) {
		OffsetDateTime endedAt = utc(outcome.endedAt());
		Optional<HarvestState> previous = findBySourceId(outcome.sourceId());
		String newest = previous.map(HarvestState::lastDatestamp).orElse(null);
		OffsetDateTime successAt = previous.map(HarvestState::lastSuccessAt).map(HarvestStateRepository::utc).orElse(null);
		if (outcome.successful()) {
			newest = newer(newest, outcome.newestDatestamp());
			successAt = endedAt;
		}
		String sql = previous.isPresent() ? """
				UPDATE harvest_state SET last_datestamp = :newest, last_success_at = :successAt,
				  last_job_execution_id = :executionId, last_run_at = :endedAt, last_status = :status,
				  last_read_count = :read, last_write_count = :written, last_skip_count = :skipped
				WHERE source_id = :sourceId""" : """
				INSERT INTO harvest_state (source_id, last_datestamp, last_success_at, last_job_execution_id,
				  last_run_at, last_status, last_read_count, last_write_count, last_skip_count)
				VALUES (:sourceId, :newest, :successAt, :executionId, :endedAt, :status, :read, :written, :skipped)""";
		this.jdbc.sql(sql)
			.param("sourceId", outcome.sourceId())
			.param("newest", newest)
			.param("successAt", successAt)
			.param("executionId", outcome.jobExecutionId())
			.param("endedAt", endedAt)
			.param("status", outcome.status())
			.param("read", outcome.read())
			.param("written", outcome.written())
			.param("skipped", outcome.skipped())
			.update();
	}

	/** The later of two ISO-8601 UTC datestamps (either may be null). */
	public static String newer(String current, String candidate) {
		if (candidate == null) {
			return current;
		}
		if (current == null) {
			return candidate;
		}
		return (Instant.parse(candidate).isAfter(Instant.parse(current))) ? candidate : current;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static HarvestState map(ResultSet rs, int row) throws SQLException {
		long executionId = rs.getLong("last_job_execution_id");
		Long lastExecution = rs.wasNull() ? null : executionId;
		return new HarvestState(rs.getString("source_id"), rs.getString("last_datestamp"),
				instant(rs.getObject("last_success_at", OffsetDateTime.class)), lastExecution,
				instant(rs.getObject("last_run_at", OffsetDateTime.class)), rs.getString("last_status"),
				rs.getLong("last_read_count"), rs.getLong("last_write_count"), rs.getLong("last_skip_count"));
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/**
	 * How a harvest ended.
	 *
	 * @param sourceId the source
	 * @param jobExecutionId the Spring Batch execution
	 * @param successful whether the run completed (with or without skips)
	 * @param status the exit code
	 * @param newestDatestamp the newest record datestamp seen (ISO-8601 UTC), or null
	 * @param endedAt when it ended
	 * @param read records read
	 * @param written records written
	 * @param skipped records skipped
	 */
	public record RunOutcome(String sourceId, long jobExecutionId, boolean successful, String status,
			String newestDatestamp, Instant endedAt, long read, long written, long skipped) {
	}

}
