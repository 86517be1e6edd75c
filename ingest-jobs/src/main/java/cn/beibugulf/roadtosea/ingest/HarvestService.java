package cn.beibugulf.roadtosea.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import cn.beibugulf.roadtosea.ingest.failure.HarvestFailure;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.job.HarvestItemReader;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceNotFoundException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceValidator;
import cn.beibugulf.roadtosea.ingest.source.HarvestState;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;
import cn.beibugulf.roadtosea.ingest.source.SourceType;

/**
 * Harvesting as the rest of the application sees it: register sources, start runs (in the
 * background, one at a time per source), follow them and read what went wrong.
 */
public class HarvestService {

	private static final Logger logger = LoggerFactory.getLogger(HarvestService.class);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

	private final HarvestSourceRepository sources;

	private final HarvestStateRepository states;

	private final HarvestFailureRepository failures;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Map<SourceType, Job> jobs;

	private final HarvestRunTracker tracker;

	private final Duration waitTimeout;

	private final List<HarvestSourceValidator> validators;

	private final Clock clock;

	public HarvestService(HarvestSourceRepository sources, HarvestStateRepository states,
			HarvestFailureRepository failures, JobOperator jobOperator, JobRepository jobRepository,
			Map<SourceType, Job> jobs, HarvestRunTracker tracker, Duration waitTimeout) {
		this(sources, states, failures, jobOperator, jobRepository, jobs, tracker, waitTimeout, List.of(),
				Clock.systemUTC());
	}

	/**
	 * @param validators checks a source must pass to be registered (catalogue files inside the import
	 * directory, known feed categories, ...)
	 * @param clock the clock the jobs stamp their records with ({@link HarvestJobParameters#STARTED_AT})
	 */
	public HarvestService(HarvestSourceRepository sources, HarvestStateRepository states,
			HarvestFailureRepository failures, JobOperator jobOperator, JobRepository jobRepository,
			Map<SourceType, Job> jobs, HarvestRunTracker tracker, Duration waitTimeout,
			List<HarvestSourceValidator> validators, Clock clock) {
		this.clock = clock;
		this.validators = List.copyOf(validators);
		this.sources = sources;
		this.states = states;
		this.failures = failures;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.jobs = Map.copyOf(jobs);
		this.tracker = tracker;
		this.waitTimeout = waitTimeout;
	}

	/**
	 * Registers a source, or replaces the registered source with the same id.
	 * @throws IllegalArgumentException when a {@link HarvestSourceValidator} refuses it
	 */
	public HarvestSource register(HarvestSource source) {
		this.validators.forEach((validator) -> validator.validate(source));
		return this.sources.save(source);
	}

	/**
	 * Removes a source with its harvest state and failure records. Its records stay in the index
	 * and in object storage (taking them down is a curator's separate decision).
	 */
	public boolean deleteSource(String sourceId) {
		return this.sources.delete(sourceId);
	}

	public Optional<HarvestSource> source(String sourceId) {
		return this.sources.findById(sourceId);
	}

	public List<HarvestSource> sources() {
		return this.sources.findAll();
	}

	public Optional<HarvestState> state(String sourceId) {
		return this.states.findBySourceId(sourceId);
	}

	/** Starts an incremental harvest in the background. */
	public long start(String sourceId) {
		return start(sourceId, HarvestMode.INCREMENTAL);
	}

	/**
	 * Starts a harvest in the background.
	 * @return the job execution id, for {@link #status(long)}
	 * @throws HarvestSourceNotFoundException when no source has that id
	 * @throws HarvestAlreadyRunningException when the source is being harvested
	 * @throws IllegalStateException when the source is disabled
	 */
	public synchronized long start(String sourceId, HarvestMode mode) {
		HarvestSource source = this.sources.findById(sourceId)
			.orElseThrow(() -> new HarvestSourceNotFoundException(sourceId));
		if (!source.enabled()) {
			throw new IllegalStateException("Source '" + sourceId + "' is disabled");
		}
		Job job = this.jobs.get(source.type());
		if (job == null) {
			throw new IllegalStateException("No harvest job for sources of type " + source.type());
		}
		Optional<JobExecution> running = this.jobRepository.findRunningJobExecutions(job.getName())
			.stream()
			.filter((execution) -> sourceId.equals(execution.getJobParameters().getString(HarvestJobParameters.SOURCE_ID)))
			.findFirst();
		if (running.isPresent()) {
			throw new HarvestAlreadyRunningException(sourceId, running.get().getId());
		}
		JobParametersBuilder parameters = new JobParametersBuilder()
			.addString(HarvestJobParameters.SOURCE_ID, sourceId)
			.addString(HarvestJobParameters.RUN_ID, UUID.randomUUID().toString())
			.addString(HarvestJobParameters.MODE, mode.name(), false)
			.addString(HarvestJobParameters.STARTED_AT, this.clock.instant().toString(), false);
		if (mode == HarvestMode.INCREMENTAL) {
			this.states.findBySourceId(sourceId).map(HarvestState::lastDatestamp)
				.ifPresent((from) -> parameters.addString(HarvestJobParameters.FROM, from, false));
		}
		JobParameters jobParameters = parameters.toJobParameters();
		try {
			JobExecution execution = this.jobOperator.start(job, jobParameters);
			logger.info("Harvest {} of source {} ({}) submitted", execution.getId(), sourceId, mode);
			return execution.getId();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the harvest of source '" + sourceId + "': " + ex.getMessage(),
					ex);
		}
	}

	/** Runs an incremental harvest and waits until it ends. */
	public HarvestRun runAndWait(String sourceId) {
		return runAndWait(sourceId, HarvestMode.INCREMENTAL);
	}

	/** Runs a harvest and waits until it ends (at most {@code portal.ingest.wait-timeout}). */
	public HarvestRun runAndWait(String sourceId, HarvestMode mode) {
		return await(start(sourceId, mode), this.waitTimeout);
	}

	/**
	 * Waits until a run ends.
	 * @throws IllegalStateException when it is still running after {@code timeout}
	 */
	public HarvestRun await(long executionId, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		HarvestRun run = status(executionId);
		while (run.isRunning() || this.tracker.isActive(executionId)) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Harvest " + executionId + " still running after " + timeout);
			}
			try {
				Thread.sleep(POLL_INTERVAL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for harvest " + executionId, ex);
			}
			// while this process runs the job, the tracker alone says when it ends: reading the job
			// repository (execution, steps, their contexts) ten times a second took CPU from the harvest
			if (!this.tracker.isActive(executionId)) {
				run = status(executionId);
			}
		}
		return settled(run);
	}

	/**
	 * The end-of-job listener records the run in harvest_state and only then is the exit message
	 * stored: wait (briefly) for the record of this run, then read the run once more.
	 */
	private HarvestRun settled(HarvestRun run) {
		Instant deadline = Instant.now().plusSeconds(10);
		while (Instant.now().isBefore(deadline) && !this.states.findBySourceId(run.sourceId())
			.map((state) -> Long.valueOf(run.executionId()).equals(state.lastJobExecutionId()))
			.orElse(false)) {
			pause();
		}
		pause();
		return status(run.executionId());
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_INTERVAL);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a harvest", ex);
		}
	}

	/**
	 * The state and counts of a run.
	 * @throws HarvestRunNotFoundException when there is no such run
	 */
	public HarvestRun status(long executionId) {
		JobExecution execution;
		try {
			execution = this.jobRepository.getJobExecution(executionId);
		}
		catch (org.springframework.dao.EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw new HarvestRunNotFoundException(executionId);
		}
		// the final status is stored before the job's listeners have written the exit message and
		// the harvest state; until the tracker has seen the run end, report it as still running
		// the final status is stored before the job's listeners have written the exit message;
		// while this process still runs the job's task, report the run as running (await() also
		// waits for the run's end-of-job record)
		Instant endedAt = this.tracker.isActive(executionId) ? null : instant(execution.getEndTime());
		HarvestCounts counts = HarvestCounts.of(execution);
		return new HarvestRun(execution.getId(),
				execution.getJobParameters().getString(HarvestJobParameters.SOURCE_ID),
				execution.getStatus().name(), execution.getExitStatus().getExitCode(),
				execution.getExitStatus().getExitDescription(), counts.read(), counts.written(), counts.skipped(),
				counts.failed(), instant(execution.getStartTime()), endedAt, expectedTotal(execution, counts));
	}

	/**
	 * The records read so far plus those the readers still had to read at the last commit
	 * ({@link HarvestItemReader#REMAINING}); null when a step does not know.
	 */
	private static Long expectedTotal(JobExecution execution, HarvestCounts counts) {
		if (execution.getStepExecutions().isEmpty()) {
			return null;
		}
		long remaining = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (!step.getExecutionContext().containsKey(HarvestItemReader.REMAINING)) {
				return null;
			}
			remaining += step.getExecutionContext().getLong(HarvestItemReader.REMAINING);
		}
		return counts.read() + remaining;
	}

	/** The skipped records and failed runs of a source, newest first. */
	public List<HarvestFailure> failures(String sourceId) {
		return this.failures.findBySourceId(sourceId);
	}

	/** The skipped records and the failure of one run, oldest first. */
	public List<HarvestFailure> failures(long executionId) {
		return this.failures.findByJobExecutionId(executionId);
	}

	/** Asks a running harvest to stop at the end of its current chunk. */
	public boolean stop(long executionId) {
		try {
			return this.jobOperator.stop(executionId);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not stop harvest " + executionId + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Restarts a failed or stopped run in the background: it continues after the last committed
	 * chunk, with the same parameters.
	 * @return the id of the new execution
	 */
	public long restart(long executionId) {
		try {
			Long restarted = this.jobOperator.restart(executionId);
			logger.info("Harvest {} restarted as {}", executionId, restarted);
			return restarted;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not restart harvest " + executionId + ": " + ex.getMessage(), ex);
		}
	}

	private static Instant instant(LocalDateTime time) {
		return (time != null) ? time.atZone(ZoneId.systemDefault()).toInstant() : null;
	}

}
