package cn.beibugulf.roadtosea.ingest;

/** What a harvest run asks the source for. */
public enum HarvestMode {

	/** Only records changed since the last successful harvest (all records the first time). */
	INCREMENTAL,

	/** Every record, whatever the harvest state says. */
	FULL

}
