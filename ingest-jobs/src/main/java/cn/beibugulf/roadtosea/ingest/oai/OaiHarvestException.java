package cn.beibugulf.roadtosea.ingest.oai;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.StagedFailure;

/**
 * The repository could not be harvested: it could not be reached, answered with an HTTP or OAI-PMH
 * error, or sent a response that is not well-formed OAI-PMH. Never skipped: the run fails with this
 * message.
 */
public class OaiHarvestException extends RuntimeException implements StagedFailure {

	public OaiHarvestException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public FailureStage stage() {
		return FailureStage.READ;
	}

}
