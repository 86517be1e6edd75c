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
 * <p>The feed job's full-text fetch uses one delay for every host; the website job passes each
 * host's own delay (the larger of the configured one and the site's robots.txt {@code Crawl-delay}).
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
		acquire(host, this.delay);
	}

	/**
	 * Waits for the host's turn, then books its next turn {@code delay} later.
	 * @param host a host name, or {@code host:port}
	 * @throws InterruptedException when interrupted while waiting
	 */
	public void acquire(String host, Duration delay) throws InterruptedException {
		Duration wait = reserve(host.toLowerCase(Locale.ROOT), delay);
		if (wait.isPositive()) {
			Thread.sleep(wait);
		}
	}

	/**
	 * Says a request to the host has ended: its next turn is no sooner than {@code delay} from now.
	 * Callers that wait for the response before the next request use this, so the delay separates a
	 * response from the next request, not only two sends (connection set-up and slow answers would
	 * otherwise bring requests closer together at the server than the delay).
	 */
	public synchronized void done(String host, Duration delay) {
		String key = host.toLowerCase(Locale.ROOT);
		Instant after = this.clock.instant().plus(delay);
		Instant slot = this.next.get(key);
		if (slot == null || slot.isBefore(after)) {
			this.next.put(key, after);
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
