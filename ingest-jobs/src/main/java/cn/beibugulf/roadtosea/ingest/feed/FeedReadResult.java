package cn.beibugulf.roadtosea.ingest.feed;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;

/**
 * Everything read from one fetch of a feed.
 *
 * @param source the source it was read for
 * @param channel the feed itself, or {@code null} when the bytes were not a readable feed
 * @param outcomes in feed order: each item, and each problem (feed-level problems first)
 */
public record FeedReadResult(FeedSource source, @Nullable FeedChannel channel, List<ReadOutcome<FeedItem>> outcomes) {

	public FeedReadResult {
		outcomes = List.copyOf(outcomes);
	}

	/** The items read, repaired or not. */
	public List<FeedItem> items() {
		return this.outcomes.stream()
			.filter((outcome) -> outcome instanceof ReadOutcome.Item<FeedItem>)
			.map((outcome) -> ((ReadOutcome.Item<FeedItem>) outcome).value())
			.toList();
	}

	/** Every problem recorded, whether an item came of it or not. */
	public List<ReadError> errors() {
		return this.outcomes.stream().flatMap((outcome) -> outcome.errors().stream()).toList();
	}

}
