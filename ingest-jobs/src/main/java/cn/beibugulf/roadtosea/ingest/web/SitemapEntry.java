package cn.beibugulf.roadtosea.ingest.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One {@code <url>} of a sitemap.
 *
 * @param url the page's absolute URL
 * @param lastmod its {@code <lastmod>}, or null
 */
public record SitemapEntry(String url, @Nullable Instant lastmod) {
}
