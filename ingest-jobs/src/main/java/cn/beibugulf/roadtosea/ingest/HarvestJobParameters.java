package cn.beibugulf.roadtosea.ingest;

/**
 * Names of the job parameters {@link HarvestService} gives every harvest job, whatever its source
 * type.
 */
public final class HarvestJobParameters {

	/** The {@code harvest_source} row to harvest (identifying). */
	public static final String SOURCE_ID = "sourceId";

	/** A UUID per run, so every run is a new job instance (identifying). */
	public static final String RUN_ID = "runId";

	/** {@code FULL} or {@code INCREMENTAL} (informational). */
	public static final String MODE = "mode";

	/** ISO-8601 instant: harvest records changed from then on (optional; incremental runs). */
	public static final String FROM = "from";

	private HarvestJobParameters() {
	}

}
