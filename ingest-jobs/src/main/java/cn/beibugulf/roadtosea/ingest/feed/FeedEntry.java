package cn.beibugulf.roadtosea.ingest.feed;

import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;

/**
 * One item of a fetched feed on its way to the processor, with the feed it came from.
 *
 * @param outcome the item, or the problem that kept it from being read
 * @param channel the feed
 * @param feedRawKey the object-storage key of the whole feed document
 */
public record FeedEntry(ReadOutcome<FeedItem> outcome, FeedChannel channel, String feedRawKey) {

	/** The item's dedup key, or where the problem was, for {@code harvest_failure}. */
	public String where() {
		if (this.outcome instanceof ReadOutcome.Item<FeedItem> item) {
			return item.value().guidOrLink();
		}
		return this.outcome.errors().getFirst().where();
	}

}
