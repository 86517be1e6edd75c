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
	MARC,

	/**
	 * A folder or a ZIP archive of documents, images, audio and video in the import folder
	 * ({@code file:} base URL), harvested by {@code filesHarvestJob}.
	 */
	FILES,

	/**
	 * A CSV or XLSX sheet in the import folder whose rows are chronicle events, experts or policies
	 * (the kind is the source's {@code metadataPrefix}), harvested by {@code spreadsheetHarvestJob}.
	 */
	SPREADSHEET,

	/**
	 * A text document in the import folder holding a 大事记 (chronicle), one event per entry
	 * (the year is the source's {@code setSpec} or comes from the heading), harvested by
	 * {@code chronicleHarvestJob}.
	 */
	CHRONICLE,

	/**
	 * A website read through its sitemaps, harvested by {@code websiteHarvestJob}: the base URL is a
	 * sitemap (or sitemap index) URL, or the site's root (then robots.txt names the sitemaps, else
	 * {@code /sitemap.xml}); robots.txt is obeyed and requests to a host are spaced out.
	 */
	WEBSITE

}
