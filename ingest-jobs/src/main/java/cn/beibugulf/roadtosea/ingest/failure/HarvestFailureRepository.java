package cn.beibugulf.roadtosea.ingest.failure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Table {@code harvest_failure}: every skipped record and every failed run, with its reason. */
public class HarvestFailureRepository {

	static final int MAX_REASON = 1000;

	static final int MAX_DETAIL = 10000;

	static final int MAX_IDENTIFIER = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	public HarvestFailureRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String sourceId, Long jobExecutionId, String recordIdentifier, FailureStage stage,
			String reason, String detail) {
		this.jdbc.sql("""
				INSERT INTO harvest_failure (source_id, job_execution_id, record_identifier, stage, reason, detail,
				  occurred_at)
				VALUES (:sourceId, :executionId, :identifier, :stage, :reason, :detail, :occurredAt)""")
			.param("sourceId", sourceId)
			.param("executionId", jobExecutionId)
			.param("identifier", truncate(recordIdentifier, MAX_IDENTIFIER))
			.param("stage", stage.name())
			.param("reason", truncate((reason != null) ? reason : "unknown", MAX_REASON))
			.param("detail", truncate(detail, MAX_DETAIL))
			.param("occurredAt", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update();
	}

	/** The failures of a source, newest first. */
	public List<HarvestFailure> findBySourceId(String sourceId) {
		return this.jdbc.sql("SELECT * FROM harvest_failure WHERE source_id = :sourceId ORDER BY occurred_at DESC, id DESC")
			.param("sourceId", sourceId)
			.query(HarvestFailureRepository::map)
			.list();
	}

	/** The failures recorded by one run, oldest first. */
	public List<HarvestFailure> findByJobExecutionId(long jobExecutionId) {
		return this.jdbc.sql("SELECT * FROM harvest_failure WHERE job_execution_id = :executionId ORDER BY id")
			.param("executionId", jobExecutionId)
			.query(HarvestFailureRepository::map)
			.list();
	}

	static String truncate(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		return value.substring(0, max - 1) + "…";
	}

	private static HarvestFailure map(ResultSet rs, int row) throws SQLException {
		long executionId = rs.getLong("job_execution_id");
		Long jobExecutionId = rs.wasNull() ? null : executionId;
		OffsetDateTime occurredAt = rs.getObject("occurred_at", OffsetDateTime.class);
		return new HarvestFailure(rs.getLong("id"), rs.getString("source_id"), jobExecutionId,
				rs.getString("record_identifier"), FailureStage.valueOf(rs.getString("stage")),
				rs.getString("reason"), rs.getString("detail"), occurredAt.toInstant());
	}

}
