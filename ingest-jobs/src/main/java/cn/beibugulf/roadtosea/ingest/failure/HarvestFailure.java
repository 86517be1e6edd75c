package cn.beibugulf.roadtosea.ingest.failure;

import java.time.Instant;

/**
 * A record that was skipped, or a run that failed, as a curator sees it.
 *
 * @param id row id
 * @param sourceId the source
 * @param jobExecutionId the Spring Batch execution
 * @param recordIdentifier the source's identifier of the record, null for a run-level failure
 * @param stage where it failed
 * @param reason one line saying why
 * @param detail more detail (exception chain), may be null
 * @param occurredAt when
 */
public record HarvestFailure(long id, String sourceId, Long jobExecutionId, String recordIdentifier,
		FailureStage stage, String reason, String detail, Instant occurredAt) {
}
