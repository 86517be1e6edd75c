package cn.beibugulf.roadtosea.ingest;

/** No harvest run (job execution) has the given id. */
public class HarvestRunNotFoundException extends RuntimeException {

	public HarvestRunNotFoundException(long executionId) {
		super("No harvest run with execution id " + executionId);
	}

}
