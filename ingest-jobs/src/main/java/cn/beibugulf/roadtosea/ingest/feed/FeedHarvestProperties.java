package cn.beibugulf.roadtosea.ingest.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import cn.beibugulf.roadtosea.ingest.http.HttpFetchSettings;

/**
 * The feed harvest ({@code portal.ingest.feed.*}).
 *
 * @param chunkSize items per chunk (one transaction, one bulk request)
 * @param skipLimit items a run may skip before it fails
 * @param maxSize the largest feed document read (at most 32 MB)
 * @param maxAttempts attempts per HTTP request
 * @param retryBackoff first back-off without {@code Retry-After}, doubled each time
 * @param maxRetryAfter the longest {@code Retry-After} honoured
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout time allowed until the response headers arrive
 * @param userAgent the {@code User-Agent} sent
 * @param fullText the optional fetch of every item's web page for its full text
 */
@ConfigurationProperties("portal.ingest.feed")
public record FeedHarvestProperties(@DefaultValue("50") int chunkSize, @DefaultValue("1000") int skipLimit,
		@DefaultValue("10MB") DataSize maxSize, @DefaultValue("3") int maxAttempts,
		@DefaultValue("2s") Duration retryBackoff, @DefaultValue("2m") Duration maxRetryAfter,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("1m") Duration requestTimeout,
		@DefaultValue("RoadToTheSea-Harvester/0.1") String userAgent, @DefaultValue FullText fullText) {

	public FeedHarvestProperties {
		if (maxSize.toBytes() > FeedReader.MAX_BYTES) {
			throw new IllegalArgumentException("portal.ingest.feed.max-size cannot exceed " + FeedReader.MAX_BYTES
					+ " bytes: " + maxSize);
		}
	}

	/** The HTTP settings of feed requests. */
	public HttpFetchSettings http() {
		return new HttpFetchSettings(this.maxAttempts, this.retryBackoff, this.maxRetryAfter, this.connectTimeout,
				this.requestTimeout, this.userAgent);
	}

	/**
	 * Fetching each item's page and extracting its main text into {@code fullText}; off by default
	 * (it multiplies the requests to the publisher's site).
	 *
	 * @param enabled whether to fetch the pages
	 * @param delayPerHost the least time between two requests to the same host (politeness)
	 * @param maxSize the largest page read
	 * @param maxAttempts attempts per page (a page that cannot be fetched leaves {@code fullText} empty)
	 * @param requestTimeout time allowed until a page's response headers arrive
	 */
	public record FullText(@DefaultValue("false") boolean enabled, @DefaultValue("2s") Duration delayPerHost,
			@DefaultValue("5MB") DataSize maxSize, @DefaultValue("1") int maxAttempts,
			@DefaultValue("20s") Duration requestTimeout) {
	}

}
