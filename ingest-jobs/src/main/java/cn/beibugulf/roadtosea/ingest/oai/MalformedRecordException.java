package cn.beibugulf.roadtosea.ingest.oai;

/**
 * One record of a ListRecords page cannot be read (its header has no identifier or no datestamp);
 * the records around it are read as usual. Thrown by the reader and, being a
 * {@link CrosswalkException}, skipped by the harvest step and written to {@code harvest_failure}
 * (stage {@code READ}).
 */
public class MalformedRecordException extends CrosswalkException {

	private final String identifier;

	public MalformedRecordException(String identifier, String message) {
		super(message);
		this.identifier = identifier;
	}

	/** The record's identifier, or null when its header has none. */
	public String identifier() {
		return this.identifier;
	}

}
