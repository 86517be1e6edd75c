package cn.beibugulf.roadtosea.ingest.job;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * A harvest job's reader that says, when it knows, how many items remain to be read: it stores the
 * number under {@link #REMAINING} in the step's execution context at every commit, from which the
 * harvest status estimates the total and the time left. Readers learn it once they have listed their
 * source (files, sheet rows, chronicle entries, feed items) or from the repository
 * ({@code completeListSize} of an OAI-PMH list).
 */
public abstract class HarvestItemReader<T> extends AbstractItemCountingItemStreamItemReader<T> {

	/** Step execution context key: items left to read at the last commit (absent when unknown). */
	public static final String REMAINING = "harvest.remaining";

	/** Items still to read after the ones read so far, or null when not known (yet). */
	protected abstract Long remaining();

	@Override
	public void update(ExecutionContext executionContext) throws ItemStreamException {
		super.update(executionContext);
		Long remaining = remaining();
		if (remaining != null) {
			executionContext.putLong(REMAINING, Math.max(0, remaining));
		}
		else {
			executionContext.remove(REMAINING);
		}
	}

	/** {@code total} minus the items read so far, for readers that know their total; null when it is. */
	protected Long remainingOf(Integer total) {
		return (total != null) ? (long) total - getCurrentItemCount() : null;
	}

}
