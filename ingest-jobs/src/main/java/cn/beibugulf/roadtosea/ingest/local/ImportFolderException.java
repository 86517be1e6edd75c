package cn.beibugulf.roadtosea.ingest.local;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.StagedFailure;

/**
 * A local source's {@code file:} URL cannot be read: it lies outside the import folder, does not
 * exist or is of the wrong kind. Fails the run with this message.
 */
public class ImportFolderException extends RuntimeException implements StagedFailure {

	public ImportFolderException(String message) {
		super(message);
	}

	public ImportFolderException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public FailureStage stage() {
		return FailureStage.READ;
	}

}
