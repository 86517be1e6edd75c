package cn.beibugulf.roadtosea.ingest;

/** A harvest of the source is already running. */
public class HarvestAlreadyRunningException extends RuntimeException {

	private final long executionId;

	public HarvestAlreadyRunningException(String sourceId, long executionId) {
		super("A harvest of source '" + sourceId + "' is already running (execution " + executionId + ")");
		this.executionId = executionId;
	}

	public long executionId() {
		return this.executionId;
	}

}
