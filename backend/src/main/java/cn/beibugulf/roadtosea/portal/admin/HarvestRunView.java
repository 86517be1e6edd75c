package cn.beibugulf.roadtosea.portal.admin;

import java.time.Duration;
import java.time.Instant;

import cn.beibugulf.roadtosea.ingest.HarvestRun;

/**
 * A harvest run with its progress: counts, elapsed time, records per second and, when the run's
 * expected total is known ({@link HarvestRun#expectedTotal()}), the estimated end.
 *
 * @param eta when the run should end at its rate so far; null when it is not running or the total
 * is unknown (an OAI-PMH repository that does not send {@code completeListSize}, a streamed MARC
 * catalogue, before the first commit)
 * @param etaSeconds seconds until {@code eta}, null with it
 */
record HarvestRunView(HarvestRun run, boolean running, double elapsedSeconds, double recordsPerSecond, Instant eta,
		Long etaSeconds) {

	static HarvestRunView of(HarvestRun run, Instant now) {
		double elapsed = 0;
		if (run.startedAt() != null) {
			Instant end = run.endedAt() != null ? run.endedAt() : now;
			elapsed = Math.max(0, Duration.between(run.startedAt(), end).toMillis() / 1000.0);
		}
		double rate = elapsed > 0 ? run.written() / elapsed : 0;
		Instant eta = run.eta(now);
		Long etaSeconds = (eta != null) ? Math.max(0, Duration.between(now, eta).toSeconds()) : null;
		return new HarvestRunView(run, run.isRunning(), elapsed, Math.round(rate * 10) / 10.0, eta, etaSeconds);
	}

}
