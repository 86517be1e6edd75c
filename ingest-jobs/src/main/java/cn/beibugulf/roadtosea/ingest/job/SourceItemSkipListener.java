package cn.beibugulf.roadtosea.ingest.job;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;

/**
 * Writes every skipped item to {@code harvest_failure} — where it was, at which stage and why — in a
 * transaction of its own, so the row survives a rollback of the chunk the item was skipped in.
 *
 * @param <I> what the reader yields
 */
public class SourceItemSkipListener<I> implements SkipListener<I, HarvestedItem> {

	private static final Logger logger = LoggerFactory.getLogger(SourceItemSkipListener.class);

	private final String sourceId;

	private final long jobExecutionId;

	private final Function<I, String> identifier;

	private final HarvestFailureRepository failures;

	private final TransactionTemplate newTransaction;

	/**
	 * @param identifier names an item that failed in processing for other reasons than a read problem
	 */
	public SourceItemSkipListener(String sourceId, long jobExecutionId, Function<I, String> identifier,
			HarvestFailureRepository failures, PlatformTransactionManager transactionManager) {
		this.sourceId = sourceId;
		this.jobExecutionId = jobExecutionId;
		this.identifier = identifier;
		this.failures = failures;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void onSkipInRead(Throwable failure) {
		record(null, FailureStage.READ, failure);
	}

	@Override
	public void onSkipInProcess(I item, Throwable failure) {
		if (failure instanceof ReadProblemException problem) {
			record(problem.error().where(), problem.stage(), failure);
		}
		else {
			record(this.identifier.apply(item), FailureStage.MAP, failure);
		}
	}

	@Override
	public void onSkipInWrite(HarvestedItem item, Throwable failure) {
		record(item.identifier(), FailureStage.INDEX, failure);
	}

	private void record(String where, FailureStage stage, Throwable failure) {
		String reason = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getSimpleName();
		logger.warn("Skipped {} of source {} at stage {}: {}", where, this.sourceId, stage, reason);
		this.newTransaction.executeWithoutResult((status) -> this.failures.record(this.sourceId, this.jobExecutionId,
				where, stage, reason, detail(failure)));
	}

	/** The reader's stage for a read problem, else the exception chain, one line per cause. */
	private static String detail(Throwable failure) {
		if (failure instanceof ReadProblemException problem) {
			return "read stage " + problem.error().stage();
		}
		StringBuilder detail = new StringBuilder();
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (!detail.isEmpty()) {
				detail.append("\ncaused by: ");
			}
			detail.append(current.getClass().getName());
			if (current.getMessage() != null) {
				detail.append(": ").append(current.getMessage());
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return detail.toString();
	}

}
