package cn.beibugulf.roadtosea.ingest.recovery;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

import cn.beibugulf.roadtosea.ingest.HarvestCounts;
import cn.beibugulf.roadtosea.ingest.HarvestRunTracker;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.oai.OaiHarvestJobConfiguration;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;

/**
 * At start-up, finds the harvest runs a process that died left {@code STARTING}, {@code STARTED} or
 * {@code STOPPING} (killed, crashed, or shut down during a harvest) and ends them properly: their
 * executions and running steps become {@code FAILED} with an end time and the exit description
 * {@value #ABANDONED} (Spring Batch's {@link JobOperator#recover}), which is also written to
 * {@code harvest_failure} and {@code harvest_state}. Then, with
 * {@code portal.ingest.resume-interrupted=true} (the default), each is restarted: the new execution
 * continues after the last committed chunk. A run that was being stopped, or whose source is gone or
 * disabled, is not restarted.
 *
 * <p>
 * Runs of processes that are still alive (see {@link HarvestWorkers}) are left alone. A run that no
 * process claimed counts as abandoned when it was created before this process started and no other
 * live process is registered.
 */
public class InterruptedHarvestRecovery implements ApplicationListener<ApplicationReadyEvent> {

	/** The exit description of a run whose process died. */
	public static final String ABANDONED = "abandoned: the process stopped during the run";

	private static final Logger logger = LoggerFactory.getLogger(InterruptedHarvestRecovery.class);

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	private final HarvestWorkers workers;

	private final HarvestRunTracker tracker;

	private final HarvestService harvests;

	private final HarvestFailureRepository failures;

	private final HarvestStateRepository states;

	private final Clock clock;

	private final boolean resume;

	private final Instant processStartedAt = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

	public InterruptedHarvestRecovery(JobRepository jobRepository, JobOperator jobOperator, HarvestWorkers workers,
			HarvestRunTracker tracker, HarvestService harvests, HarvestFailureRepository failures,
			HarvestStateRepository states, Clock clock, boolean resume) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
		this.workers = workers;
		this.tracker = tracker;
		this.harvests = harvests;
		this.failures = failures;
		this.states = states;
		this.clock = clock;
		this.resume = resume;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		try {
			recover();
		}
		catch (RuntimeException ex) {
			logger.error("Could not recover the harvests interrupted by a stopped process", ex);
		}
	}

	/**
	 * Ends (and, when enabled, restarts) the runs abandoned by dead processes.
	 * @return what was done with each abandoned run, oldest first
	 */
	public synchronized List<RecoveredRun> recover() {
		List<JobExecution> abandoned = new ArrayList<>();
		for (String jobName : this.jobRepository.getJobNames()) {
			for (JobExecution running : this.jobRepository.findRunningJobExecutions(jobName)) {
				if (isAbandoned(running)) {
					abandoned.add(running);
				}
			}
		}
		abandoned.sort(Comparator.comparingLong(JobExecution::getId));
		List<RecoveredRun> recovered = new ArrayList<>();
		for (JobExecution execution : abandoned) {
			recover(execution).ifPresent(recovered::add);
		}
		this.workers.forgetDeadWorkers();
		return recovered;
	}

	private boolean isAbandoned(JobExecution execution) {
		long id = execution.getId();
		if (this.tracker.isActive(id)) {
			return false;
		}
		Optional<String> owner = this.workers.ownerOf(id);
		if (owner.isPresent()) {
			return !this.workers.isAlive(owner.get());
		}
		// no process claimed it: it never began, or an older version ran it
		boolean createdBefore = execution.getCreateTime() == null
				|| instant(execution.getCreateTime()).isBefore(this.processStartedAt);
		return createdBefore && this.workers.others().stream().noneMatch(this.workers::isAlive);
	}

	private Optional<RecoveredRun> recover(JobExecution found) {
		JobExecution execution = this.jobRepository.getJobExecution(found.getId());
		if (execution == null || !execution.getStatus().isRunning()) {
			return Optional.empty();
		}
		BatchStatus statusAtDeath = execution.getStatus();
		String sourceId = execution.getJobParameters().getString(OaiHarvestJobConfiguration.SOURCE_ID);
		ExitStatus exit = new ExitStatus(ExitStatus.FAILED.getExitCode(), ABANDONED);
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setExitStatus(exit);
			}
		}
		execution.setExitStatus(exit);
		try {
			this.jobOperator.recover(execution);
		}
		catch (RuntimeException ex) {
			// another process recovered it first (optimistic locking), or it ended meanwhile
			logger.warn("Could not mark harvest {} as abandoned: {}", execution.getId(), ex.getMessage());
			return Optional.empty();
		}
		logger.warn("Harvest {} of source {} was {} in a process that stopped: marked FAILED ({})", execution.getId(),
				sourceId, statusAtDeath, ABANDONED);
		Optional<HarvestSource> source = Optional.ofNullable(sourceId).flatMap(this.harvests::source);
		source.ifPresent((known) -> record(execution, known.id()));
		Long restarted = null;
		if (!this.resume) {
			logger.info("Harvest {} is not restarted (portal.ingest.resume-interrupted=false)", execution.getId());
		}
		else if (statusAtDeath == BatchStatus.STOPPING) {
			logger.info("Harvest {} was being stopped: not restarted", execution.getId());
		}
		else if (source.isEmpty() || !source.get().enabled()) {
			logger.info("Harvest {} is not restarted: source {} is {}", execution.getId(), sourceId,
					source.isEmpty() ? "gone" : "disabled");
		}
		else {
			try {
				restarted = this.harvests.restart(execution.getId());
				logger.info("Harvest {} of source {} resumes as {} after its last committed chunk", execution.getId(),
						sourceId, restarted);
			}
			catch (RuntimeException ex) {
				logger.error("Could not restart abandoned harvest {} of source {}: {}", execution.getId(), sourceId,
						ex.getMessage());
			}
		}
		return Optional.of(new RecoveredRun(execution.getId(), sourceId, statusAtDeath.name(), restarted));
	}

	private void record(JobExecution execution, String sourceId) {
		try {
			this.failures.record(sourceId, execution.getId(), null, FailureStage.JOB, ABANDONED,
					"the job execution was " + execution.getStatus() + " in a process that is no longer running");
			HarvestCounts counts = HarvestCounts.of(execution);
			this.states.recordRun(new HarvestStateRepository.RunOutcome(sourceId, execution.getId(), false,
					ExitStatus.FAILED.getExitCode(), null, this.clock.instant(), counts.read(), counts.written(),
					counts.skipped()));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record abandoned harvest {}: {}", execution.getId(), ex.getMessage());
		}
	}

	private static Instant instant(LocalDateTime time) {
		return time.atZone(ZoneId.systemDefault()).toInstant();
	}

	/**
	 * A run found abandoned at start-up.
	 *
	 * @param executionId its job execution, now {@code FAILED}
	 * @param sourceId its source
	 * @param statusAtDeath {@code STARTING}, {@code STARTED} or {@code STOPPING}
	 * @param restartedAs the execution that continues it, or null when it was not restarted
	 */
	public record RecoveredRun(long executionId, String sourceId, String statusAtDeath, Long restartedAs) {
	}

}
