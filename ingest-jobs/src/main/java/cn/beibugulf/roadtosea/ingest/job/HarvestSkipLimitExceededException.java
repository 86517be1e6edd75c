package cn.beibugulf.roadtosea.ingest.job;

import org.springframework.batch.core.step.skip.SkipLimitExceededException;

/**
 * More items were skipped than a job's skip limit allows; names the property that sets the limit,
 * so the run's failure message tells a curator what to change.
 */
public class HarvestSkipLimitExceededException extends SkipLimitExceededException {

	private final String property;

	public HarvestSkipLimitExceededException(long skipLimit, String property, Throwable cause) {
		super(skipLimit, cause);
		this.property = property;
	}

	/** The configuration property of the limit, e.g. {@code portal.ingest.feed.skip-limit}. */
	public String property() {
		return this.property;
	}

}
