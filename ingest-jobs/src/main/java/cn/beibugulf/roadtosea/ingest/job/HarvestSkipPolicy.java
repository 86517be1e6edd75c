package cn.beibugulf.roadtosea.ingest.job;

import java.util.List;

import org.springframework.batch.core.step.skip.SkipPolicy;

import cn.beibugulf.roadtosea.ingest.index.IndexingException;

/**
 * The skip policy of the feed and catalogue harvests: items the reader could not read
 * ({@link ReadProblemException}) and documents Elasticsearch rejects ({@link IndexingException}) are
 * skipped, up to a limit; anything else fails the run. Over the limit it throws
 * {@link HarvestSkipLimitExceededException}, which names the limit's property.
 */
public class HarvestSkipPolicy implements SkipPolicy {

	private static final List<Class<? extends Throwable>> SKIPPABLE = List.of(ReadProblemException.class,
			IndexingException.class);

	private final long skipLimit;

	private final String property;

	/**
	 * @param skipLimit how many items a run may skip
	 * @param property the property that sets it, for the failure message
	 */
	public HarvestSkipPolicy(long skipLimit, String property) {
		this.skipLimit = skipLimit;
		this.property = property;
	}

	@Override
	public boolean shouldSkip(Throwable failure, long skipCount) {
		if (SKIPPABLE.stream().noneMatch((type) -> type.isInstance(failure))) {
			return false;
		}
		if (skipCount < this.skipLimit) {
			return true;
		}
		throw new HarvestSkipLimitExceededException(this.skipLimit, this.property, failure);
	}

}
