package cn.beibugulf.roadtosea.ingest.http;

import java.time.Duration;

/**
 * How {@link HttpFetcher} behaves.
 *
 * @param maxAttempts attempts per request (connection failures and 429/502/503/504 answers are retried)
 * @param retryBackoff wait before the second attempt when the server sends no {@code Retry-After},
 * doubled after each failed attempt
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one fails the request
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout time allowed until the response headers arrive (for
 * {@link HttpFetcher#getBytes}: until the whole body has arrived)
 * @param userAgent the {@code User-Agent} header
 * @param propertyPrefix the prefix of the properties these settings come from
 * ({@code portal.ingest.oai}), named in error messages; null when not named
 */
public record HttpFetchSettings(int maxAttempts, Duration retryBackoff, Duration maxRetryAfter,
		Duration connectTimeout, Duration requestTimeout, String userAgent, String propertyPrefix) {

	public HttpFetchSettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("max-attempts must be at least 1: " + maxAttempts);
		}
	}

	public HttpFetchSettings(int maxAttempts, Duration retryBackoff, Duration maxRetryAfter, Duration connectTimeout,
			Duration requestTimeout, String userAgent) {
		this(maxAttempts, retryBackoff, maxRetryAfter, connectTimeout, requestTimeout, userAgent, null);
	}

}
