package cn.beibugulf.roadtosea.portal.admin;

import java.time.Duration;
import java.time.Instant;

import cn.beibugulf.roadtosea.ingest.HarvestRun;

/**
 * A harvest run with its progress: counts, elapsed time and records per second. The remaining
 * time is not estimated: OAI-PMH and feeds do not say reliably how many records remain.
 */
record HarvestRunView(HarvestRun run, boolean running, double elapsedSeconds, double recordsPerSecond) {

	static HarvestRunView of(HarvestRun run, Instant now) {
		double elapsed = 0;
		if (run.startedAt() != null) {
			Instant end = run.endedAt() != null ? run.endedAt() : now;
			elapsed = Math.max(0, Duration.between(run.startedAt(), end).toMillis() / 1000.0);
		}
		double rate = elapsed > 0 ? run.written() / elapsed : 0;
		return new HarvestRunView(run, run.isRunning(), elapsed, Math.round(rate * 10) / 10.0);
	}

}
