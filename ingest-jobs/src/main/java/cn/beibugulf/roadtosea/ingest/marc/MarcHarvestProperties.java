package cn.beibugulf.roadtosea.ingest.marc;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import cn.beibugulf.roadtosea.ingest.http.HttpFetchSettings;

/**
 * The catalogue harvest ({@code portal.ingest.marc.*}).
 *
 * @param chunkSize records per chunk (one transaction, one bulk request)
 * @param skipLimit records a run may skip before it fails
 * @param skipGarbledRecords skip records whose MARC-8 text marc4j could only convert by guessing
 * (their text would be garbled in the portal); false indexes them as converted
 * @param maxSize the largest catalogue fetched over HTTP
 * @param maxAttempts attempts per HTTP request
 * @param retryBackoff first back-off without {@code Retry-After}, doubled each time
 * @param maxRetryAfter the longest {@code Retry-After} honoured
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout time allowed until the response headers arrive
 * @param userAgent the {@code User-Agent} sent
 */
@ConfigurationProperties("portal.ingest.marc")
public record MarcHarvestProperties(@DefaultValue("100") int chunkSize, @DefaultValue("1000") int skipLimit,
		@DefaultValue("true") boolean skipGarbledRecords, @DefaultValue("1GB") DataSize maxSize,
		@DefaultValue("3") int maxAttempts, @DefaultValue("2s") Duration retryBackoff,
		@DefaultValue("2m") Duration maxRetryAfter, @DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("2m") Duration requestTimeout, @DefaultValue("RoadToTheSea-Harvester/0.1") String userAgent) {

	/** The HTTP settings of {@code http(s)} catalogues. */
	public HttpFetchSettings http() {
		return new HttpFetchSettings(this.maxAttempts, this.retryBackoff, this.maxRetryAfter, this.connectTimeout,
				this.requestTimeout, this.userAgent);
	}

}
