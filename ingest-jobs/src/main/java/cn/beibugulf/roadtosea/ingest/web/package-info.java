/**
 * Websites harvested through their sitemaps ({@code websiteHarvestJob}): sitemap indexes, gzip and
 * text sitemaps (crawler-commons, behind {@link cn.beibugulf.roadtosea.ingest.xml.SafeXml}),
 * robots.txt and politeness per host ({@link cn.beibugulf.roadtosea.ingest.web.SiteRobots}),
 * incremental runs by sitemap {@code lastmod} ({@code website_page}), canonical URLs as record
 * identity, main text and metadata from the page ({@link cn.beibugulf.roadtosea.ingest.web.WebPageReader}).
 */
@NullMarked
package cn.beibugulf.roadtosea.ingest.web;

import org.jspecify.annotations.NullMarked;
