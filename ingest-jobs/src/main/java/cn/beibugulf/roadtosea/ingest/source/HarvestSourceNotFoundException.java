package cn.beibugulf.roadtosea.ingest.source;

/** No harvest source is registered under the given id. */
public class HarvestSourceNotFoundException extends RuntimeException {

	public HarvestSourceNotFoundException(String sourceId) {
		super("No harvest source with id '" + sourceId + "'");
	}

}
