package cn.beibugulf.roadtosea.ingest.web;

import java.util.List;

/** What a sitemap holds: more sitemaps (an index) or pages. */
public sealed interface SitemapContent {

	/** A sitemap index: the sitemaps it lists, in order. */
	record Index(List<String> sitemaps) implements SitemapContent {

		public Index {
			sitemaps = List.copyOf(sitemaps);
		}

	}

	/**
	 * A sitemap of pages.
	 *
	 * @param entries the pages on the sitemap's own site, in order
	 * @param offSite how many pages were left out for being on another site
	 */
	record Pages(List<SitemapEntry> entries, int offSite) implements SitemapContent {

		public Pages {
			entries = List.copyOf(entries);
		}

	}

}
