package cn.beibugulf.roadtosea.ingest.source;

/** How a source is harvested. Each type has one Spring Batch job. */
public enum SourceType {

	/** An OAI-PMH 2.0 repository, harvested by {@code oaiHarvestJob}. */
	OAI_PMH

}
