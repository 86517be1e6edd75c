package cn.beibugulf.roadtosea.ingest.feed;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.beibugulf.roadtosea.ingest.HarvestJobParameters;
import cn.beibugulf.roadtosea.ingest.http.HttpValidators;
import cn.beibugulf.roadtosea.ingest.source.HttpValidatorsRepository;

/**
 * Ends a feed harvest: a run that completed after fetching the feed saves the feed's validators
 * ({@code ETag}, {@code Last-Modified}) for the next incremental run — only then, so a failed run
 * never makes the next one skip items it did not index; a run answered with 304 says so in its exit
 * description.
 */
public class FeedValidatorsListener implements JobExecutionListener {

	static final String NOT_MODIFIED = "The feed has not changed since the last harvest (HTTP 304 Not Modified): "
			+ "nothing to index";

	private final HttpValidatorsRepository validators;

	public FeedValidatorsListener(HttpValidatorsRepository validators) {
		this.validators = validators;
	}

	@Override
	public void afterJob(JobExecution execution) {
		String sourceId = execution.getJobParameters().getString(HarvestJobParameters.SOURCE_ID);
		if (execution.getStatus() != BatchStatus.COMPLETED || sourceId == null) {
			return;
		}
		for (StepExecution step : execution.getStepExecutions()) {
			ExecutionContext context = step.getExecutionContext();
			if (context.containsKey(FeedItemReader.key(FeedItemReader.NOT_MODIFIED))) {
				execution.setExitStatus(execution.getExitStatus().addExitDescription(NOT_MODIFIED));
			}
			else if (context.containsKey(FeedItemReader.key(FeedItemReader.RAW_KEY))) {
				this.validators.save(sourceId, new HttpValidators(string(context, FeedItemReader.ETAG),
						string(context, FeedItemReader.LAST_MODIFIED)));
			}
		}
	}

	private static String string(ExecutionContext context, String entry) {
		String key = FeedItemReader.key(entry);
		return context.containsKey(key) ? context.getString(key) : null;
	}

}
