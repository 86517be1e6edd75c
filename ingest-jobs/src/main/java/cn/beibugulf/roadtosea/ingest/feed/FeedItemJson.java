package cn.beibugulf.roadtosea.ingest.feed;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw form of one feed item in object storage ({@code raw/{sourceId}/{encoded key}.json}):
 * the item exactly as the reader gave it, with where it came from. The whole feed document is
 * stored beside it ({@code feedRawKey}), so the items can be read again from the original bytes.
 *
 * @param sourceId the source
 * @param feedUrl the feed's URL
 * @param feedRawKey the object-storage key of the feed document the item was read from
 * @param feedType ROME's name of the feed's format
 * @param category the Dynamics category code
 * @param harvestedAt when it was harvested
 * @param fullTextFetched whether the item's page was fetched for its full text
 * @param item the item
 */
record FeedItemJson(String sourceId, String feedUrl, @Nullable String feedRawKey, String feedType, String category,
		Instant harvestedAt, boolean fullTextFetched, FeedItem item) {

	static final String CONTENT_TYPE = "application/json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	byte[] toBytes() {
		return MAPPER.writeValueAsBytes(this);
	}

}
