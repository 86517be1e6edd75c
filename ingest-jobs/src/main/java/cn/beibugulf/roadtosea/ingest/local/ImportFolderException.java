package cn.beibugulf.roadtosea.ingest.local;

/**
 * A local source's {@code file:} URL cannot be read: it lies outside the import folder, does not
 * exist or is of the wrong kind. Fails the run with this message.
 */
public class ImportFolderException extends RuntimeException {

	public ImportFolderException(String message) {
		super(message);
	}

	public ImportFolderException(String message, Throwable cause) {
		super(message, cause);
	}

}
