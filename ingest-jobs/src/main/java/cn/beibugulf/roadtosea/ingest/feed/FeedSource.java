package cn.beibugulf.roadtosea.ingest.feed;

import java.net.URI;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the reader needs to know about the feed it reads.
 *
 * @param sourceId the harvest source's id (the first part of every record id)
 * @param url where the feed was fetched from: relative links are resolved against it when the
 * feed names no site link; {@code null} for a local file
 * @param category the Dynamics category its items are filed under
 */
public record FeedSource(String sourceId, @Nullable URI url, FeedCategory category) {

	public FeedSource {
		Objects.requireNonNull(sourceId, "sourceId");
		Objects.requireNonNull(category, "category");
	}

}
