package cn.beibugulf.roadtosea.ingest.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import cn.beibugulf.roadtosea.ingest.http.HttpValidators;

/**
 * What the portal remembers of one page of a website source (table {@code website_page}).
 *
 * @param url the page's URL as the sitemap lists it
 * @param identifier the record's source identifier: the page's canonical URL (or {@code sha1-…} of it)
 * @param recordId the id of the record the page went into
 * @param lastmod the sitemap's {@code lastmod} when the page was fetched, or null
 * @param validators the page's {@code ETag} and {@code Last-Modified}
 * @param gone whether the page answered 404 or 410 (its record became a tombstone)
 * @param fetchedAt when it was fetched
 */
public record PageState(String url, String identifier, String recordId, @Nullable Instant lastmod,
		HttpValidators validators, boolean gone, Instant fetchedAt) {
}
