package cn.beibugulf.roadtosea.ingest.failure;

/**
 * An exception that knows at which stage of a harvest it happened (and, for one item, which item):
 * {@link RunFailures} records a run that fails with it under this stage.
 */
public interface StagedFailure {

	/** Where the harvest failed. */
	FailureStage stage();

	/** The item that failed ("line 120", a record identifier), or null when the failure is not one item's. */
	default String identifier() {
		return null;
	}

}
