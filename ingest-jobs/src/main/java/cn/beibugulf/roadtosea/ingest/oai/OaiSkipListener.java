package cn.beibugulf.roadtosea.ingest.oai;

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
 * Writes every skipped record to {@code harvest_failure} with its stage and reason, in a
 * transaction of its own so the record survives a rollback of the chunk it was skipped in.
 */
public class OaiSkipListener implements SkipListener<OaiRecord, HarvestedRecord> {

	private static final Logger logger = LoggerFactory.getLogger(OaiSkipListener.class);

	private final String sourceId;

	private final long jobExecutionId;

	private final HarvestFailureRepository failures;

	private final TransactionTemplate newTransaction;

	public OaiSkipListener(String sourceId, long jobExecutionId, HarvestFailureRepository failures,
			PlatformTransactionManager transactionManager) {
		this.sourceId = sourceId;
		this.jobExecutionId = jobExecutionId;
		this.failures = failures;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void onSkipInRead(Throwable failure) {
		record((failure instanceof MalformedRecordException malformed) ? malformed.identifier() : null, FailureStage.READ,
				failure);
	}

	@Override
	public void onSkipInProcess(OaiRecord item, Throwable failure) {
		record(item.identifier(), FailureStage.MAP, failure);
	}

	@Override
	public void onSkipInWrite(HarvestedRecord item, Throwable failure) {
		record(item.source().identifier(), FailureStage.INDEX, failure);
	}

	private void record(String identifier, FailureStage stage, Throwable failure) {
		String reason = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getSimpleName();
		logger.warn("Skipped record {} of source {} at stage {}: {}", identifier, this.sourceId, stage, reason);
		this.newTransaction.executeWithoutResult((status) -> this.failures.record(this.sourceId, this.jobExecutionId,
				identifier, stage, reason, RunFailures.detail(failure)));
	}

}
