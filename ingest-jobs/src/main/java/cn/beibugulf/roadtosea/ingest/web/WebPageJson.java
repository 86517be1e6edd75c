package cn.beibugulf.roadtosea.ingest.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw form of one harvested page in object storage ({@code raw/{sourceId}/{encoded canonical URL}.json}):
 * what was read from it, with where and when, so the index can be rebuilt without fetching again.
 * The HTML kept is the sanitised main block, never the page's scripts.
 *
 * @param sourceId the source
 * @param url the URL the sitemap lists
 * @param lastmod the sitemap's {@code lastmod}, or null
 * @param contentType the HTTP {@code Content-Type}, or null
 * @param harvestedAt when it was fetched
 * @param gone the HTTP status (404, 410) when the page is gone, else null
 * @param page what was read from it (null when it is gone)
 */
record WebPageJson(String sourceId, String url, @Nullable Instant lastmod, @Nullable String contentType,
		Instant harvestedAt, @Nullable Integer gone, @Nullable WebPage page) {

	static final String CONTENT_TYPE = "application/json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	byte[] toBytes() {
		return MAPPER.writeValueAsBytes(this);
	}

}
