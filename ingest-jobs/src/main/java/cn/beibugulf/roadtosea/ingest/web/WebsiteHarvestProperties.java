package cn.beibugulf.roadtosea.ingest.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import cn.beibugulf.roadtosea.ingest.http.HttpFetchSettings;

/**
 * The website harvest ({@code portal.ingest.website.*}).
 *
 * @param chunkSize pages per chunk (one transaction, one bulk request)
 * @param skipLimit pages a run may skip (robots.txt disallowed, unreachable, not HTML, ...) before it fails
 * @param maxPages pages a run fetches at most; the rest follow in the next run
 * @param maxSitemaps sitemaps (indexes included) a run reads at most
 * @param delayPerHost the least time between two requests to the same host (politeness); a longer
 * robots.txt {@code Crawl-delay} wins
 * @param hostDelays delays for single hosts ({@code host} or {@code host:port}) instead of
 * {@code delay-per-host}, e.g. 0 for a benchmark fixture on localhost
 * @param connectionsPerHost requests to one host that may be in flight at once; each connection
 * slot keeps the delay between the end of its response and its next request. 1 (the default): one
 * request at a time, as a sequential crawler. A site whose robots.txt names a {@code Crawl-delay}
 * gets 1 whatever is set here
 * @param hostConnections connections for single hosts ({@code host} or {@code host:port}) instead
 * of {@code connections-per-host}
 * @param maxCrawlDelay the longest robots.txt {@code Crawl-delay} honoured (a longer one is cut to it)
 * @param maxPageSize the largest page read
 * @param maxSitemapSize the largest sitemap read (after gunzip)
 * @param maxAttempts attempts per HTTP request
 * @param retryBackoff first back-off without {@code Retry-After}, doubled each time
 * @param maxRetryAfter the longest {@code Retry-After} honoured
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout time allowed until the response headers arrive
 * @param userAgent the {@code User-Agent} sent; its product token (before the {@code /}) is the
 * name robots.txt rules are matched against
 */
@ConfigurationProperties("portal.ingest.website")
public record WebsiteHarvestProperties(@DefaultValue("20") int chunkSize, @DefaultValue("10000") int skipLimit,
		@DefaultValue("10000") int maxPages, @DefaultValue("1000") int maxSitemaps,
		@DefaultValue("1s") Duration delayPerHost, Map<String, Duration> hostDelays,
		@DefaultValue("1") int connectionsPerHost, Map<String, Integer> hostConnections,
		@DefaultValue("60s") Duration maxCrawlDelay, @DefaultValue("5MB") DataSize maxPageSize,
		@DefaultValue("50MB") DataSize maxSitemapSize, @DefaultValue("2") int maxAttempts,
		@DefaultValue("2s") Duration retryBackoff, @DefaultValue("2m") Duration maxRetryAfter,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration requestTimeout,
		@DefaultValue("RoadToTheSea-Harvester/0.1") String userAgent) {

	public WebsiteHarvestProperties {
		hostDelays = (hostDelays != null) ? Map.copyOf(hostDelays) : Map.of();
		hostConnections = (hostConnections != null) ? Map.copyOf(hostConnections) : Map.of();
		if (connectionsPerHost < 1) {
			throw new IllegalArgumentException(
					"portal.ingest.website.connections-per-host must be at least 1: " + connectionsPerHost);
		}
		hostConnections.forEach((host, connections) -> {
			if (connections == null || connections < 1) {
				throw new IllegalArgumentException(
						"portal.ingest.website.host-connections[" + host + "] must be at least 1: " + connections);
			}
		});
		if (maxPages < 1) {
			throw new IllegalArgumentException("portal.ingest.website.max-pages must be at least 1: " + maxPages);
		}
	}

	/** The HTTP settings of sitemap, robots.txt and page requests. */
	public HttpFetchSettings http() {
		return new HttpFetchSettings(this.maxAttempts, this.retryBackoff, this.maxRetryAfter, this.connectTimeout,
				this.requestTimeout, this.userAgent);
	}

	/** The configured delay for a host ({@code host:port} or {@code host}), before robots.txt has its say. */
	public Duration delayFor(String authority) {
		Duration delay = forHost(this.hostDelays, authority);
		return (delay != null) ? delay : this.delayPerHost;
	}

	/** The configured connections for a host ({@code host:port} or {@code host}), before robots.txt has its say. */
	public int connectionsFor(String authority) {
		Integer connections = forHost(this.hostConnections, authority);
		return (connections != null) ? connections : this.connectionsPerHost;
	}

	private static <T> @Nullable T forHost(Map<String, T> values, String authority) {
		String key = authority.toLowerCase(Locale.ROOT);
		T value = values.get(key);
		if (value == null && key.contains(":")) {
			value = values.get(key.substring(0, key.lastIndexOf(':')));
		}
		return value;
	}

	/** The robots.txt product token of the user agent: {@code roadtothesea-harvester}. */
	public String robotsAgent() {
		String token = this.userAgent.split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z_-]", "");
		return token.isEmpty() ? "roadtothesea-harvester" : token;
	}

}
