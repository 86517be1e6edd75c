package cn.beibugulf.roadtosea.ingest.local;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import cn.beibugulf.roadtosea.ingest.HarvestCounts;
import cn.beibugulf.roadtosea.ingest.HarvestJobParameters;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;

/**
 * Ends a harvest of a local source the way {@code oaiHarvestJob} ends: makes the indexed records
 * searchable, says in the exit status whether items were skipped ({@code COMPLETED WITH SKIPS}) or
 * why the run failed (one sentence, also written to {@code harvest_failure}), and records the run
 * in {@code harvest_state}. Local sources have no datestamps: every run reads the whole source.
 */
public class LocalHarvestJobListener implements JobExecutionListener {

	/** Exit code of a run that completed but skipped items. */
	public static final String COMPLETED_WITH_SKIPS = "COMPLETED WITH SKIPS";

	private static final Logger logger = LoggerFactory.getLogger(LocalHarvestJobListener.class);

	private final String skipLimitProperty;

	private final HarvestStateRepository states;

	private final HarvestFailureRepository failures;

	private final BulkIndexer indexer;

	private final Clock clock;

	/**
	 * @param skipLimitProperty the setting named when a run skips too many items
	 */
	public LocalHarvestJobListener(String skipLimitProperty, HarvestStateRepository states,
			HarvestFailureRepository failures, BulkIndexer indexer, Clock clock) {
		this.skipLimitProperty = skipLimitProperty;
		this.states = states;
		this.failures = failures;
		this.indexer = indexer;
		this.clock = clock;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		logger.info("Harvest {} ({}) of source {} starting", execution.getId(), execution.getJobInstance().getJobName(),
				sourceId(execution));
	}

	@Override
	public void afterJob(JobExecution execution) {
		String sourceId = sourceId(execution);
		HarvestCounts counts = HarvestCounts.of(execution);
		refreshIndex();
		boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
		if (completed && counts.skipped() > 0) {
			execution.setExitStatus(new ExitStatus(COMPLETED_WITH_SKIPS,
					counts.skipped() + " item(s) skipped; their reasons are in harvest_failure"));
		}
		else if (execution.getStatus() == BatchStatus.FAILED) {
			describeFailure(execution, sourceId);
		}
		if (sourceId != null) {
			this.states.recordRun(new HarvestStateRepository.RunOutcome(sourceId, execution.getId(), completed,
					execution.getExitStatus().getExitCode(), null, this.clock.instant(), counts.read(),
					counts.written(), counts.skipped()));
		}
		logger.info("Harvest {} of source {} ended {}: {} ({})", execution.getId(), sourceId,
				execution.getExitStatus().getExitCode(), counts, execution.getExitStatus().getExitDescription());
	}

	private void describeFailure(JobExecution execution, String sourceId) {
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		String message = (failure != null) ? RunFailures.message(failure, this.skipLimitProperty) : "the harvest failed";
		execution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), message));
		if (sourceId != null) {
			this.failures.record(sourceId, execution.getId(), null,
					(failure != null) ? RunFailures.stage(failure) : FailureStage.JOB,
					message, (failure != null) ? RunFailures.detail(failure) : null);
		}
	}

	private void refreshIndex() {
		try {
			this.indexer.refresh();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not refresh the index after the harvest: {}", ex.getMessage());
		}
	}

	private static String sourceId(JobExecution execution) {
		return execution.getJobParameters().getString(HarvestJobParameters.SOURCE_ID);
	}

}
