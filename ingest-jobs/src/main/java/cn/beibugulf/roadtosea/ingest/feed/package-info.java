/**
 * RSS and Atom feeds read into {@link cn.beibugulf.roadtosea.ingest.feed.FeedItem}s for the
 * Dynamics module: {@link cn.beibugulf.roadtosea.ingest.feed.FeedDecoder} (bytes to XML text:
 * charset, prolog, HTML entities, not-a-feed check),
 * {@link cn.beibugulf.roadtosea.ingest.feed.FeedReader} (safe XML, ROME, sanitised HTML, dedup
 * keys) and {@link cn.beibugulf.roadtosea.ingest.feed.FeedCategory} (the Dynamics category a
 * feed is filed under). Plain Java, no Spring: a job wires it in.
 */
@NullMarked
package cn.beibugulf.roadtosea.ingest.feed;

import org.jspecify.annotations.NullMarked;
