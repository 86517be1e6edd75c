package cn.beibugulf.roadtosea.ingest.failure;

/** Where in the data path a record (or a whole run) failed. */
public enum FailureStage {

	/** Fetching or parsing the source's response: the run stops. */
	READ,

	/** The crosswalk could not turn the record into a portal record: the record is skipped. */
	MAP,

	/**
	 * Extracting text and metadata from a file (encrypted, damaged, unreadable, too slow to parse) or
	 * reading an entry of a chronicle: the file or entry is skipped.
	 */
	PARSE,

	/** Writing the raw bytes to object storage. */
	STORE,

	/** Elasticsearch rejected the document: the record is skipped. */
	INDEX,

	/** The run failed for another reason (configuration, an unreachable store, ...). */
	JOB

}
