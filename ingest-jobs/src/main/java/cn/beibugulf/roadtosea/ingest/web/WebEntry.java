package cn.beibugulf.roadtosea.ingest.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import cn.beibugulf.roadtosea.ingest.read.ReadError;

/**
 * What the reader yields: a page to fetch, or a problem to skip and record (a sitemap that could
 * not be read, a page robots.txt disallows).
 */
public sealed interface WebEntry {

	/** The URL (page or sitemap) the entry is about, for {@code harvest_failure}. */
	String where();

	/**
	 * A page to fetch.
	 *
	 * @param url the page's URL as the sitemap lists it
	 * @param lastmod the sitemap's {@code lastmod}, or null
	 * @param previous what was saved when the page was last fetched, or null
	 */
	record Page(String url, @Nullable Instant lastmod, @Nullable PageState previous) implements WebEntry {

		@Override
		public String where() {
			return this.url;
		}

	}

	/** Something the reader could not read, yielded so the step skips and records it. */
	record Problem(ReadError error) implements WebEntry {

		@Override
		public String where() {
			return this.error.where();
		}

	}

}
