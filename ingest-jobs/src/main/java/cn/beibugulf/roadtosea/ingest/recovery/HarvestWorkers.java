package cn.beibugulf.roadtosea.ingest.recovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The processes that run harvests ({@code harvest_worker}) and which of them runs each job execution
 * ({@code harvest_run_owner}), so that a process starting up can tell a run left {@code STARTED} by a
 * process that died from a run another live process is executing.
 *
 * <p>
 * This process registers itself when the application starts, says it is alive every
 * {@code heartbeat} and removes itself when the application stops. As a job listener it claims every
 * run it executes. A process is dead when it is on this host and its process id is gone (or now
 * belongs to a newer process), or when it is on another host and has not sent a heartbeat for
 * {@code deadAfter}.
 */
public class HarvestWorkers implements SmartLifecycle, JobExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(HarvestWorkers.class);

	/** Process start times read from the system and from the database may differ by rounding. */
	private static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(2);

	private final JdbcClient jdbc;

	private final HarvestWorker self;

	private final Clock clock;

	private final Duration heartbeat;

	private final Duration deadAfter;

	private ScheduledExecutorService scheduler;

	private volatile boolean running;

	public HarvestWorkers(JdbcClient jdbc, HarvestWorker self, Clock clock, Duration heartbeat, Duration deadAfter) {
		this.jdbc = jdbc;
		this.self = self;
		this.clock = clock;
		this.heartbeat = heartbeat;
		this.deadAfter = deadAfter;
	}

	/** This process. */
	public HarvestWorker self() {
		return this.self;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		register();
		this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
			.name("harvest-heartbeat")
			.daemon(true)
			.factory());
		this.scheduler.scheduleWithFixedDelay(this::beat, this.heartbeat.toMillis(), this.heartbeat.toMillis(),
				TimeUnit.MILLISECONDS);
		this.running = true;
		logger.info("Harvest worker {} registered (host {}, process {})", this.self.id(), this.self.host(),
				this.self.pid());
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.scheduler.shutdownNow();
		try {
			this.jdbc.sql("DELETE FROM harvest_worker WHERE worker_id = :id").param("id", this.self.id()).update();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not remove harvest worker {}: {}", this.self.id(), ex.getMessage());
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Starts early and stops late, so the worker is registered while any harvest can run. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE / 2;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		claim(execution.getId());
	}

	/** Records that this process executes the run. */
	public void claim(long jobExecutionId) {
		OffsetDateTime now = utc(this.clock.instant());
		int updated = this.jdbc
			.sql("UPDATE harvest_run_owner SET worker_id = :worker, claimed_at = :now WHERE job_execution_id = :id")
			.param("worker", this.self.id())
			.param("now", now)
			.param("id", jobExecutionId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO harvest_run_owner (job_execution_id, worker_id, claimed_at) VALUES (:id, :worker, :now)")
				.param("id", jobExecutionId)
				.param("worker", this.self.id())
				.param("now", now)
				.update();
		}
	}

	/** The worker that claimed the run, if any did. */
	Optional<String> ownerOf(long jobExecutionId) {
		return this.jdbc.sql("SELECT worker_id FROM harvest_run_owner WHERE job_execution_id = :id")
			.param("id", jobExecutionId)
			.query(String.class)
			.optional();
	}

	Optional<WorkerRecord> find(String workerId) {
		return this.jdbc.sql("SELECT * FROM harvest_worker WHERE worker_id = :id")
			.param("id", workerId)
			.query(HarvestWorkers::map)
			.optional();
	}

	/** The registered workers other than this one. */
	List<WorkerRecord> others() {
		return this.jdbc.sql("SELECT * FROM harvest_worker WHERE worker_id <> :id")
			.param("id", this.self.id())
			.query(HarvestWorkers::map)
			.list();
	}

	/** Whether the worker with this id is alive; a worker that is not registered (any more) is not. */
	boolean isAlive(String workerId) {
		if (this.self.id().equals(workerId)) {
			return true;
		}
		return find(workerId).map(this::isAlive).orElse(false);
	}

	/**
	 * Whether a registered worker is alive: on this host, its process must still exist and be the same
	 * process (same start time: a restarted container often gets the same process id); on another host,
	 * its heartbeat must be recent. Another application context in this very process is alive.
	 */
	boolean isAlive(WorkerRecord record) {
		HarvestWorker worker = record.worker();
		if (worker.id().equals(this.self.id())) {
			return true;
		}
		if (worker.host().equals(this.self.host())) {
			Optional<ProcessHandle> process = ProcessHandle.of(worker.pid()).filter(ProcessHandle::isAlive);
			if (process.isEmpty()) {
				return false;
			}
			Optional<Instant> startedAt = process.get().info().startInstant();
			return worker.processStartedAt() == null || startedAt.isEmpty()
					|| Duration.between(startedAt.get(), worker.processStartedAt()).abs().compareTo(START_TIME_TOLERANCE) <= 0;
		}
		return record.heartbeatAt().isAfter(this.clock.instant().minus(this.deadAfter));
	}

	/** Removes the rows of dead workers (their runs have been dealt with). */
	void forgetDeadWorkers() {
		for (WorkerRecord other : others()) {
			if (!isAlive(other)) {
				this.jdbc.sql("DELETE FROM harvest_worker WHERE worker_id = :id").param("id", other.worker().id()).update();
			}
		}
	}

	private void register() {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				INSERT INTO harvest_worker (worker_id, host, pid, process_started_at, started_at, heartbeat_at)
				VALUES (:id, :host, :pid, :processStartedAt, :now, :now)""")
			.param("id", this.self.id())
			.param("host", this.self.host())
			.param("pid", this.self.pid())
			.param("processStartedAt", utc(this.self.processStartedAt()))
			.param("now", utc(now))
			.update();
	}

	private void beat() {
		try {
			int updated = this.jdbc.sql("UPDATE harvest_worker SET heartbeat_at = :now WHERE worker_id = :id")
				.param("now", utc(this.clock.instant()))
				.param("id", this.self.id())
				.update();
			if (updated == 0) {
				register();
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Harvest worker heartbeat failed: {}", ex.getMessage());
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static WorkerRecord map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime processStartedAt = rs.getObject("process_started_at", OffsetDateTime.class);
		return new WorkerRecord(new HarvestWorker(rs.getString("worker_id"), rs.getString("host"), rs.getLong("pid"),
				(processStartedAt != null) ? processStartedAt.toInstant() : null),
				rs.getObject("heartbeat_at", OffsetDateTime.class).toInstant());
	}

}
