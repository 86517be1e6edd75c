package cn.beibugulf.roadtosea.ingest.oai;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.StagedFailure;

/**
 * A record cannot be turned into a portal record (missing title, metadata that is not well-formed,
 * ...). Declared skippable on the harvest step: the record is skipped and written to
 * {@code harvest_failure} with this message as its reason.
 */
public class CrosswalkException extends RuntimeException implements StagedFailure {

	public CrosswalkException(String message) {
		super(message);
	}

	public CrosswalkException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public FailureStage stage() {
		return FailureStage.MAP;
	}

}
