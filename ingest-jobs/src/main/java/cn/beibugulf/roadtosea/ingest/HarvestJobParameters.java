package cn.beibugulf.roadtosea.ingest;

/**
 * The job parameters every harvest job takes, whatever its source type. {@link HarvestService} sets
 * them; the jobs read them with {@code #{jobParameters[...]}}.
 */
public final class HarvestJobParameters {

	/** The harvest source's id (identifying). */
	public static final String SOURCE_ID = "sourceId";

	/** A unique id per run (identifying), so every run is a new job instance. */
	public static final String RUN_ID = "runId";

	/** Harvest records changed from this ISO-8601 instant on (optional; OAI-PMH only). */
	public static final String FROM = "from";

	/**
	 * {@code FULL} or {@code INCREMENTAL}: an incremental feed harvest sends the validators of the
	 * last successful fetch (a 304 answer ends the run with nothing to do); a full one does not.
	 */
	public static final String MODE = "mode";

	/**
	 * When the run was started, an ISO-8601 instant of the clock the jobs stamp their records'
	 * {@code provenance.harvestedAt} with (not identifying; a restart keeps it): the records of the
	 * run, whose works are linked when it ends, are the source's records harvested from then on.
	 */
	public static final String STARTED_AT = "startedAt";

	private HarvestJobParameters() {
	}

}
