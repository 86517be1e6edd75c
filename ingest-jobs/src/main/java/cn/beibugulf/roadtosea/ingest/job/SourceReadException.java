package cn.beibugulf.roadtosea.ingest.job;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.StagedFailure;

/**
 * A source could not be read at all: unreachable, an HTTP error, a body over the size limit, a
 * document that is not a feed, a catalogue file outside the import directory. Never skipped: the
 * run fails with this message (stage {@code READ} in {@code harvest_failure}).
 */
public class SourceReadException extends RuntimeException implements StagedFailure {

	public SourceReadException(String message) {
		super(message);
	}

	public SourceReadException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public FailureStage stage() {
		return FailureStage.READ;
	}

}
