package cn.beibugulf.roadtosea.ingest.job;

import java.time.Clock;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

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
import cn.beibugulf.roadtosea.ingest.failure.RunFailures;
import cn.beibugulf.roadtosea.ingest.index.BulkIndexer;
import cn.beibugulf.roadtosea.ingest.index.WorkLinker;
import cn.beibugulf.roadtosea.ingest.source.HarvestStateRepository;

/**
 * Ends every harvest run the same way: links the versions of the works the run touched
 * ({@link WorkLinker}, which makes the indexed records searchable too), says in the exit
 * status whether items were skipped ({@code COMPLETED WITH SKIPS}) or why the run failed (one clear
 * sentence, also written to {@code harvest_failure}), and records the run in {@code harvest_state}
 * — with the newest datestamp seen, for sources that have datestamps (see
 * {@link #newestDatestamp}).
 */
public class HarvestJobListener implements JobExecutionListener {

	/** Exit code of a run that completed but skipped items. */
	public static final String COMPLETED_WITH_SKIPS = "COMPLETED WITH SKIPS";

	private static final Logger logger = LoggerFactory.getLogger(HarvestJobListener.class);

	private final String skipLimitProperty;

	private final String unit;

	private final HarvestStateRepository states;

	private final HarvestFailureRepository failures;

	private final BulkIndexer indexer;

	private final WorkLinker linker;

	private final Clock clock;

	/**
	 * @param skipLimitProperty the setting named when a run skips too many items (unless the skip
	 * policy names it: {@link HarvestSkipLimitExceededException})
	 * @param unit what the job harvests, singular: "record", "item"
	 * @param linker links the versions of the run's works when it ends
	 */
	public HarvestJobListener(String skipLimitProperty, String unit, HarvestStateRepository states,
			HarvestFailureRepository failures, BulkIndexer indexer, WorkLinker linker, Clock clock) {
		this.linker = linker;
		this.skipLimitProperty = skipLimitProperty;
		this.unit = unit;
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
		if (!linkVersions(execution, sourceId)) {
			refreshIndex();
		}
		boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
		if (completed && counts.skipped() > 0) {
			execution.setExitStatus(new ExitStatus(COMPLETED_WITH_SKIPS,
					counts.skipped() + " " + this.unit + "(s) skipped; their reasons are in harvest_failure"));
		}
		else if (execution.getStatus() == BatchStatus.FAILED) {
			describeFailure(execution, sourceId);
		}
		if (sourceId != null) {
			this.states.recordRun(new HarvestStateRepository.RunOutcome(sourceId, execution.getId(), completed,
					execution.getExitStatus().getExitCode(), newestDatestamp(execution), this.clock.instant(),
					counts.read(), counts.written(), counts.skipped()));
		}
		logger.info("Harvest {} of source {} ended {}: {} ({})", execution.getId(), sourceId,
				execution.getExitStatus().getExitCode(), counts, execution.getExitStatus().getExitDescription());
	}

	/**
	 * The newest datestamp the run saw, which a successful run stores as the source's last datestamp
	 * (the next incremental run starts there); null for sources without datestamps (local sources
	 * are read whole every time).
	 */
	protected String newestDatestamp(JobExecution execution) {
		return null;
	}

	private void describeFailure(JobExecution execution, String sourceId) {
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		String message = (failure != null) ? RunFailures.message(failure, this.skipLimitProperty, this.unit + "s")
				: "the harvest failed";
		execution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), message));
		if (sourceId != null) {
			this.failures.record(sourceId, execution.getId(), null,
					(failure != null) ? RunFailures.stage(failure) : FailureStage.JOB, message,
					(failure != null) ? RunFailures.detail(failure) : null);
		}
	}

	/**
	 * Links the works of the records the run indexed — also when it failed or was stopped, for what
	 * it indexed is searchable. A failure to link is recorded where the curator sees the run's
	 * failures; the records stay searchable without their versions until the source's next run.
	 * @return whether the linking ran (and refreshed the index)
	 */
	private boolean linkVersions(JobExecution execution, String sourceId) {
		if (sourceId == null) {
			return false;
		}
		try {
			this.linker.link(runScope(execution, sourceId));
			return true;
		}
		catch (RuntimeException ex) {
			String message = "Linking the versions of the run's works failed: " + ex.getMessage();
			logger.warn("Harvest {} of source {}: {}", execution.getId(), sourceId, message);
			this.failures.record(sourceId, execution.getId(), null, FailureStage.INDEX, message,
					RunFailures.detail(ex));
			return false;
		}
	}

	/**
	 * The run's records: the source's records harvested since the run started (a restart keeps the
	 * start), or all of the source's records when the run was launched without a start time.
	 */
	static Query runScope(JobExecution execution, String sourceId) {
		String startedAt = execution.getJobParameters().getString(HarvestJobParameters.STARTED_AT);
		Query source = Query.of(q -> q.term(t -> t.field("sourceId").value(sourceId)));
		if (startedAt == null) {
			return source;
		}
		return Query.of(q -> q.bool(b -> b.filter(source)
			.filter(f -> f.range(r -> r.date(d -> d.field("provenance.harvestedAt").gte(startedAt))))));
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
