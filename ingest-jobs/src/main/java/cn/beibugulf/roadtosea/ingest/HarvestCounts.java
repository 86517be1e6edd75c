package cn.beibugulf.roadtosea.ingest;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Record counts of a harvest run, summed over its steps.
 *
 * @param read records read from the source
 * @param written records stored and indexed
 * @param skipped records skipped (each one is in {@code harvest_failure})
 * @param filtered records deliberately left out by a processor
 */
public record HarvestCounts(long read, long written, long skipped, long filtered) {

	public static HarvestCounts of(JobExecution execution) {
		long read = 0;
		long written = 0;
		long skipped = 0;
		long filtered = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			read += step.getReadCount();
			written += step.getWriteCount();
			skipped += step.getSkipCount();
			filtered += step.getFilterCount();
		}
		return new HarvestCounts(read, written, skipped, filtered);
	}

	/**
	 * Records read but neither written, skipped nor filtered: those of the chunk that was rolled back
	 * when the run failed. A restart reads them again.
	 */
	public long failed() {
		return Math.max(0, this.read - this.written - this.skipped - this.filtered);
	}

}
