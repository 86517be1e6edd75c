package cn.beibugulf.roadtosea.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces the requests to each host: a caller waits until at least {@code delay} has passed since
 * the previous request to the same host was allowed. Requests to different hosts do not wait for
 * each other. Thread-safe: concurrent harvests share the spacing.
 */
final class HostThrottle {

	private final Duration delay;

	private final Clock clock;

	private final Map<String, Instant> next = new HashMap<>();

	HostThrottle(Duration delay, Clock clock) {
		this.delay = delay;
		this.clock = clock;
	}

	/**
	 * Waits for the host's turn.
	 * @throws InterruptedException when interrupted while waiting
	 */
	void acquire(String host) throws InterruptedException {
		Duration wait = reserve(host.toLowerCase(Locale.ROOT));
		if (wait.isPositive()) {
			Thread.sleep(wait);
		}
	}

	/** Books the host's next slot and returns how long to wait for it. */
	synchronized Duration reserve(String host) {
		Instant now = this.clock.instant();
		Instant slot = this.next.getOrDefault(host, now);
		if (slot.isBefore(now)) {
			slot = now;
		}
		this.next.put(host, slot.plus(this.delay));
		return Duration.between(now, slot);
	}

}
