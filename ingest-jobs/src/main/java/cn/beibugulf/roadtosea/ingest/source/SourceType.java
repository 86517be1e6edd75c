package cn.beibugulf.roadtosea.ingest.source;

/** How a source is harvested. Each type has one Spring Batch job. */
public enum SourceType {

	/** An OAI-PMH 2.0 repository, harvested by {@code oaiHarvestJob}. */
	OAI_PMH,

	/**
	 * An RSS or Atom feed for the Dynamics module, harvested by {@code feedHarvestJob}: the base URL is
	 * the feed's URL, the set spec the code of its Dynamics category ({@code news-flash}, ...).
	 */
	FEED,

	/**
	 * A library catalogue file (ISO 2709 or MARCXML), harvested by {@code marcHarvestJob}: the base
	 * URL is an http(s) URL, or a {@code file:} URL or path inside {@code portal.ingest.import-dir}.
	 */
	MARC

}
