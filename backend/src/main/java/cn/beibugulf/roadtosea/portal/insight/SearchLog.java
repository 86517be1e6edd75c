package cn.beibugulf.roadtosea.portal.insight;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import cn.beibugulf.roadtosea.portal.search.SearchPerformedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs every search for the statistics dashboard without ever slowing a search down: the
 * listener only puts the search into a bounded queue (when the queue is full the search is
 * dropped and counted), and one background thread writes what has gathered in batches.
 * Stopping the application writes what is still queued.
 */
@Component
public class SearchLog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SearchLog.class);

	private final SearchLogRepository repository;

	private final InsightProperties properties;

	private final Clock clock;

	private final BlockingQueue<SearchPerformedEvent> queue;

	private final AtomicLong dropped = new AtomicLong();

	private final AtomicLong written = new AtomicLong();

	private final Counter droppedCounter;

	private volatile Thread writer;

	private volatile boolean running;

	SearchLog(SearchLogRepository repository, InsightProperties properties, MeterRegistry meters) {
		this.repository = repository;
		this.properties = properties;
		this.clock = Clock.systemUTC();
		this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
		this.droppedCounter = Counter.builder("portal.search.log.dropped")
			.description("Searches not logged because the search log queue was full")
			.register(meters);
		Gauge.builder("portal.search.log.queued", this.queue, BlockingQueue::size)
			.description("Searches waiting to be written to the search log")
			.register(meters);
	}

	/** Called on the searching thread: never blocks. */
	@EventListener
	public void searched(SearchPerformedEvent event) {
		if (!this.properties.enabled()) {
			return;
		}
		if (!this.queue.offer(event)) {
			this.dropped.incrementAndGet();
			this.droppedCounter.increment();
		}
	}

	/** Searches dropped since start because the queue was full. */
	public long dropped() {
		return this.dropped.get();
	}

	/** Searches written since start. */
	public long written() {
		return this.written.get();
	}

	@Override
	public void start() {
		this.running = true;
		this.writer = Thread.ofPlatform().name("search-log-writer").daemon().start(this::writeUntilStopped);
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.writer;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		// whatever arrived while stopping
		List<SearchPerformedEvent> rest = new ArrayList<>();
		this.queue.drainTo(rest);
		write(rest);
	}

	/** Stops after the web server (higher phases stop first), so late searches are still written. */
	@Override
	public int getPhase() {
		return 0;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void writeUntilStopped() {
		List<SearchPerformedEvent> batch = new ArrayList<>(this.properties.batchSize());
		while (this.running) {
			try {
				SearchPerformedEvent first = this.queue.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, this.properties.batchSize() - 1);
				write(batch);
				batch.clear();
			}
			catch (InterruptedException ex) {
				write(batch);
				return;
			}
		}
	}

	private void write(List<SearchPerformedEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<SearchLogEntry> entries = events.stream()
			.map(event -> new SearchLogEntry(QueryNormaliser.query(event.query()),
					QueryNormaliser.filters(event.filters()), event.total(), event.tookMs(), now))
			.toList();
		try {
			this.repository.insert(entries);
			this.written.addAndGet(entries.size());
		}
		catch (RuntimeException ex) {
			// the log is statistics, not a record of truth: lose the batch, keep the writer alive
			log.warn("Could not write {} searches to the search log", entries.size(), ex);
		}
	}

}
