package cn.beibugulf.roadtosea.ingest.local;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailureRepository;
import cn.beibugulf.roadtosea.ingest.failure.RunFailures;

/**
 * Writes every skipped file, row or entry of a local source to {@code harvest_failure}, in a
 * transaction of its own so it survives a rollback of its chunk. A {@link LocalItemException}
 * brings its own identifier and stage; anything else skipped in writing is an indexing failure.
 *
 * @param <I> the items read
 * @param <O> the items written
 */
public class LocalSkipListener<I, O> implements SkipListener<I, O> {

	private static final Logger logger = LoggerFactory.getLogger(LocalSkipListener.class);

	private final String sourceId;

	private final long jobExecutionId;

	private final HarvestFailureRepository failures;

	private final TransactionTemplate newTransaction;

	private final Function<? super I, String> readIdentifier;

	private final Function<? super O, String> writtenIdentifier;

	public LocalSkipListener(String sourceId, long jobExecutionId, HarvestFailureRepository failures,
			PlatformTransactionManager transactionManager, Function<? super I, String> readIdentifier,
			Function<? super O, String> writtenIdentifier) {
		this.sourceId = sourceId;
		this.jobExecutionId = jobExecutionId;
		this.failures = failures;
		this.readIdentifier = readIdentifier;
		this.writtenIdentifier = writtenIdentifier;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void onSkipInRead(Throwable failure) {
		record(null, FailureStage.READ, failure);
	}

	@Override
	public void onSkipInProcess(I item, Throwable failure) {
		record(this.readIdentifier.apply(item), FailureStage.MAP, failure);
	}

	@Override
	public void onSkipInWrite(O item, Throwable failure) {
		record(this.writtenIdentifier.apply(item), FailureStage.INDEX, failure);
	}

	private static LocalItemException localItemException(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof LocalItemException item) {
				return item;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

	private void record(String identifier, FailureStage stage, Throwable failure) {
		String id = identifier;
		FailureStage where = stage;
		Throwable reported = failure;
		LocalItemException item = localItemException(failure);
		if (item != null) {
			id = item.identifier();
			where = item.stage();
			reported = item;
		}
		String reason = (reported.getMessage() != null) ? reported.getMessage() : reported.getClass().getSimpleName();
		logger.warn("Skipped {} of source {} at stage {}: {}", id, this.sourceId, where, reason);
		String skippedId = id;
		FailureStage skippedStage = where;
		this.newTransaction.executeWithoutResult((status) -> this.failures.record(this.sourceId, this.jobExecutionId,
				skippedId, skippedStage, reason, RunFailures.detail(failure)));
	}

}
