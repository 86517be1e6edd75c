package cn.beibugulf.roadtosea.ingest.source;

import java.time.Instant;

/**
 * What the portal remembers about the harvests of one source.
 *
 * @param sourceId the source
 * @param lastDatestamp the newest record datestamp of the last successful harvest (UTC, as the
 * source sent it); the next incremental harvest asks for records {@code from} it
 * @param lastSuccessAt when the last successful harvest ended
 * @param lastJobExecutionId the Spring Batch execution of the last harvest, successful or not
 * @param lastRunAt when the last harvest ended
 * @param lastStatus the exit code of the last harvest ({@code COMPLETED}, {@code COMPLETED WITH
 * SKIPS}, {@code FAILED}, ...)
 * @param lastReadCount records read by the last harvest
 * @param lastWriteCount records written by the last harvest
 * @param lastSkipCount records skipped by the last harvest
 */
public record HarvestState(String sourceId, String lastDatestamp, Instant lastSuccessAt, Long lastJobExecutionId,
		Instant lastRunAt, String lastStatus, long lastReadCount, long lastWriteCount, long lastSkipCount) {
}
