package cn.beibugulf.roadtosea.ingest.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces the requests to each host: a caller waits until at least the delay has passed since the
 * previous request to the same host was allowed. Requests to different hosts do not wait for
 * each other. Thread-safe: concurrent harvests share the spacing.
 *
 * <p>Used by the feed job's full-text fetch, one delay for every host. The website job, which fetches
 * several pages at once, uses {@link HostSlots} instead.
 */
public final class HostThrottle {

	private final Duration delay;

	private final Clock clock;

	private final Map<String, Instant> next = new HashMap<>();

	/**
	 * @param delay the delay of {@link #acquire(String)}
	 */
	public HostThrottle(Duration delay, Clock clock) {
		this.delay = delay;
		this.clock = clock;
	}

	/**
	 * Waits for the host's turn, with the throttle's delay.
	 * @throws InterruptedException when interrupted while waiting
	 */
	public void acquire(String host) throws InterruptedException {
		Duration wait = reserve(host.toLowerCase(Locale.ROOT), this.delay);
		if (wait.isPositive()) {
			Thread.sleep(wait);
		}
	}

	/** Books the host's next slot with the throttle's delay and returns how long to wait for it. */
	public Duration reserve(String host) {
		return reserve(host, this.delay);
	}

	/** Books the host's next slot and returns how long to wait for it. */
	public synchronized Duration reserve(String host, Duration delay) {
		Instant now = this.clock.instant();
		Instant slot = this.next.getOrDefault(host, now);
		if (slot.isBefore(now)) {
			slot = now;
		}
		this.next.put(host, slot.plus(delay));
		return Duration.between(now, slot);
	}

}
