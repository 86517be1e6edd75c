package cn.beibugulf.roadtosea.ingest.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Polite concurrent access to hosts, as a crawler's per-host queue: each host has {@code N}
 * connection slots ({@code N} given with each request, usually from configuration). The rule:
 *
 * <ul>
 * <li>at most {@code N} requests to one host are in flight at a time;</li>
 * <li>a request takes one of the host's slots and starts no earlier than {@code delay} after the
 * end of the previous response on that slot (a slot never used is ready at once);</li>
 * <li>waiting requests to one host are served first come, first served.</li>
 * </ul>
 *
 * <p>Seen from the server: at any instant, at most {@code N} requests have arrived whose response
 * has not ended at least {@code delay} before. With {@code N = 1} this is one request at a time,
 * each starting at least {@code delay} after the end of the previous response — the behaviour of a
 * sequential polite crawler. When a host's {@code N} shrinks (a site's robots.txt asks for a
 * {@code Crawl-delay} after its robots.txt was fetched with more), the idle slots that ended last
 * are kept, so the smaller limit holds from then on. Requests to different hosts never wait for each
 * other.
 *
 * <p>Thread-safe, one lock and condition per host; waiting threads park on the condition (timed
 * until the slot is ready, or until a request to the host ends), they never spin. Shared by all
 * harvests of the application, so the limits hold across concurrent runs.
 */
public final class HostSlots {

	private final Map<String, Host> hosts = new ConcurrentHashMap<>();

	/**
	 * Waits for a slot of the host and takes it; the caller {@link Permit#close() closes} the permit
	 * once the response has ended (body read or abandoned).
	 * @param host a host name or {@code host:port}
	 * @param connections the host's limit of requests in flight (at least 1)
	 * @param delay the least time between the end of a response and the next request on its slot
	 * @throws InterruptedException when interrupted while waiting (no slot is taken then)
	 */
	public Permit acquire(String host, int connections, Duration delay) throws InterruptedException {
		if (connections < 1) {
			throw new IllegalArgumentException("connections per host must be at least 1: " + connections);
		}
		Host state = this.hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), (key) -> new Host());
		state.acquire(connections);
		return new Permit(state, delay.isNegative() ? Duration.ZERO : delay);
	}

	/** Requests in flight to the host now (for logs and tests). */
	public int inFlight(String host) {
		Host state = this.hosts.get(host.toLowerCase(Locale.ROOT));
		return (state != null) ? state.inFlight() : 0;
	}

	/** One request's hold on a slot of its host. */
	public static final class Permit implements AutoCloseable {

		private final Host host;

		private final Duration delay;

		private boolean closed;

		private Permit(Host host, Duration delay) {
			this.host = host;
			this.delay = delay;
		}

		/** Says the response has ended: the slot is free again, ready {@code delay} from now. Idempotent. */
		@Override
		public void close() {
			synchronized (this) {
				if (this.closed) {
					return;
				}
				this.closed = true;
			}
			this.host.release(this.delay);
		}

	}

	private static final class Host {

		private final ReentrantLock lock = new ReentrantLock();

		private final Condition changed = this.lock.newCondition();

		/** Waiting requests in arrival order; only the first may take a slot. */
		private final ArrayDeque<Object> queue = new ArrayDeque<>();

		/** The {@link System#nanoTime()} at which each idle slot is ready, earliest first. */
		private final PriorityQueue<Long> idle = new PriorityQueue<>();

		private int inFlight;

		void acquire(int connections) throws InterruptedException {
			Object ticket = new Object();
			this.lock.lock();
			try {
				this.queue.addLast(ticket);
				try {
					while (true) {
						if (this.queue.peekFirst() == ticket && this.inFlight < connections) {
							trim(connections);
							long now = System.nanoTime();
							boolean fresh = this.inFlight + this.idle.size() < connections;
							// a slot never used is ready now; else the idle slot that is ready first
							long readyAt = fresh ? now : this.idle.element();
							long wait = readyAt - now;
							if (wait <= 0) {
								if (!fresh) {
									this.idle.remove();
								}
								this.inFlight++;
								this.queue.removeFirst();
								// the next in line may be able to go too
								this.changed.signalAll();
								return;
							}
							this.changed.awaitNanos(wait);
						}
						else {
							this.changed.await();
						}
					}
				}
				catch (InterruptedException | RuntimeException ex) {
					this.queue.remove(ticket);
					this.changed.signalAll();
					throw ex;
				}
			}
			finally {
				this.lock.unlock();
			}
		}

		void release(Duration delay) {
			this.lock.lock();
			try {
				this.inFlight--;
				this.idle.add(System.nanoTime() + delay.toNanos());
				this.changed.signalAll();
			}
			finally {
				this.lock.unlock();
			}
		}

		int inFlight() {
			this.lock.lock();
			try {
				return this.inFlight;
			}
			finally {
				this.lock.unlock();
			}
		}

		/** Drops the idle slots that are ready first until the slots fit the limit. */
		private void trim(int connections) {
			while (this.inFlight + this.idle.size() > connections && !this.idle.isEmpty()) {
				this.idle.remove();
			}
		}

	}

}
