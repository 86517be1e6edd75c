package cn.beibugulf.roadtosea.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * The state of one harvest run (one Spring Batch job execution).
 *
 * @param executionId the job execution id
 * @param sourceId the harvested source
 * @param status the batch status: {@code STARTING}, {@code STARTED}, {@code COMPLETED},
 * {@code FAILED}, {@code STOPPING}, {@code STOPPED}, {@code ABANDONED}
 * @param exitCode {@code COMPLETED}, {@code COMPLETED WITH SKIPS}, {@code FAILED}, ...
 * @param exitDescription why it failed, or how many records were skipped
 * @param read records read
 * @param written records stored and indexed
 * @param skipped records skipped (see {@code HarvestService.failures})
 * @param failed records read but lost with the chunk that was rolled back when the run failed
 * @param startedAt when it started (null while waiting to start)
 * @param endedAt when it ended (null while running)
 * @param expectedTotal how many records the run will read in all ({@code read} plus those its reader
 * still had to read at the last commit), when the source says it — OAI-PMH {@code completeListSize},
 * the items of a feed, the files, rows and entries of local sources once listed; null when unknown
 */
public record HarvestRun(long executionId, String sourceId, String status, String exitCode, String exitDescription,
		long read, long written, long skipped, long failed, Instant startedAt, Instant endedAt, Long expectedTotal) {

	/**
	 * When the run should end at the rate it has read so far: null when it is not running, when the
	 * expected total is unknown or when nothing has been read yet.
	 * @param now the current time
	 */
	public Instant eta(Instant now) {
		if (!isRunning() || this.expectedTotal == null || this.startedAt == null) {
			return null;
		}
		long remaining = this.expectedTotal - this.read;
		if (remaining <= 0) {
			return now;
		}
		if (this.read <= 0) {
			return null;
		}
		Duration elapsed = Duration.between(this.startedAt, now);
		if (elapsed.isNegative() || elapsed.isZero()) {
			return null;
		}
		return now.plus(elapsed.multipliedBy(remaining).dividedBy(this.read));
	}

	/**
	 * Whether the run has not ended yet. Spring Batch stores the final status before the job's
	 * listeners have run and stores the end time after them, so a run only counts as ended once
	 * its end time is there: by then the index is refreshed and the harvest state recorded.
	 */
	public boolean isRunning() {
		return switch (this.status) {
			case "STARTING", "STARTED", "STOPPING" -> true;
			case "COMPLETED", "FAILED", "STOPPED" -> this.endedAt == null;
			default -> false;
		};
	}

	/** Completed, with or without skipped records. */
	public boolean isSuccessful() {
		return "COMPLETED".equals(this.status);
	}

}
