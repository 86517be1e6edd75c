package cn.beibugulf.roadtosea.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.ingest.http.HostSlots;
import cn.beibugulf.roadtosea.ingest.http.HttpFetchResponse;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.http.HttpStatusException;
import cn.beibugulf.roadtosea.ingest.http.HttpValidators;
import cn.beibugulf.roadtosea.ingest.job.SourceReadException;

/**
 * The robots.txt of the sites one run visits (RFC 9309, parsed by crawler-commons), fetched once per
 * run and host, and the politeness every request to a host keeps, shared by all harvests through one
 * {@link HostSlots}: at most {@code connections-per-host} requests in flight (or the host's
 * {@code host-connections} entry), each starting no earlier than the delay after the end of the
 * previous response on its connection slot; the delay is the larger of the configured one and the
 * site's {@code Crawl-delay} (capped).
 *
 * <p>A site whose robots.txt names a {@code Crawl-delay} gets one connection: the directive asks for
 * one request per that many seconds, which parallel connections would break. The robots.txt request
 * itself uses the configured connections and delay (the {@code Crawl-delay} is not known yet).
 *
 * <p>A robots.txt that answers 4xx allows everything; one that cannot be fetched (5xx, unreachable)
 * forbids everything, as RFC 9309 says — {@link Rules#unreachable()} tells why.
 */
public class SiteRobots {

	/** Robots files larger than this are cut (RFC 9309 asks crawlers to read at least 500 KiB). */
	static final int MAX_ROBOTS_BYTES = 512 * 1024;

	private static final Logger logger = LoggerFactory.getLogger(SiteRobots.class);

	private final HttpFetcher fetcher;

	private final HostSlots slots;

	private final WebsiteHarvestProperties properties;

	private final Map<String, Rules> rules = new HashMap<>();

	/**
	 * The rules of one site.
	 *
	 * @param robots the parsed rules
	 * @param delay the least time between the end of a response and the next request on its slot
	 * @param connections the requests to the site that may be in flight at once (1 when robots.txt
	 * names a {@code Crawl-delay})
	 * @param unreachable why robots.txt could not be fetched (everything is disallowed), or null
	 */
	public record Rules(BaseRobotRules robots, Duration delay, int connections, @Nullable String unreachable) {

		public boolean allowed(URI uri) {
			return this.robots.isAllowed(uri.toString());
		}

		public List<String> sitemaps() {
			return this.robots.getSitemaps();
		}

	}

	public SiteRobots(HttpFetcher fetcher, HostSlots slots, WebsiteHarvestProperties properties) {
		this.fetcher = fetcher;
		this.slots = slots;
		this.properties = properties;
	}

	/** {@code host} or {@code host:port} of a URL, lower case. */
	public static String authority(URI uri) {
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		return (uri.getPort() >= 0) ? host + ":" + uri.getPort() : host;
	}

	/** The rules of the site of {@code uri}, fetching its robots.txt the first time. */
	public synchronized Rules rules(URI uri) {
		return this.rules.computeIfAbsent(uri.getScheme() + "://" + authority(uri), (site) -> fetch(uri));
	}

	/**
	 * Waits for the site's turn (politeness), fetching its robots.txt first if need be. The caller
	 * closes the permit once the response has ended: the slot's delay runs from then.
	 */
	public HostSlots.Permit await(URI uri) {
		Rules rules = rules(uri);
		return pause(uri, rules.connections(), rules.delay());
	}

	private HostSlots.Permit pause(URI uri, int connections, Duration delay) {
		try {
			return this.slots.acquire(authority(uri), connections, delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SourceReadException("Interrupted while waiting to fetch " + uri, ex);
		}
	}

	private Rules fetch(URI uri) {
		URI robotsUri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
		Duration configured = this.properties.delayFor(authority(uri));
		int connections = this.properties.connectionsFor(authority(uri));
		// the parser would give up on a site whose Crawl-delay is over its maximum; this class caps it instead
		SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE,
				SimpleRobotRulesParser.DEFAULT_MAX_WARNINGS);
		BaseRobotRules robots;
		String unreachable = null;
		HostSlots.Permit permit = pause(robotsUri, connections, configured);
		try (permit; HttpFetchResponse response = this.fetcher.get(robotsUri, "text/plain", HttpValidators.NONE, "robots.txt")) {
			byte[] bytes;
			try (InputStream body = response.body()) {
				bytes = body.readNBytes(MAX_ROBOTS_BYTES);
			}
			robots = parser.parseContent(robotsUri.toString(), bytes, response.contentType(),
					List.of(this.properties.robotsAgent()));
		}
		catch (HttpStatusException ex) {
			robots = parser.failedFetch(ex.status());
			if (ex.status() >= 500) {
				unreachable = ex.getMessage();
			}
		}
		catch (SourceReadException | IOException ex) {
			robots = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
			unreachable = ex.getMessage();
		}
		Duration delay = configured;
		long crawlDelay = robots.getCrawlDelay();
		if (crawlDelay != BaseRobotRules.UNSET_CRAWL_DELAY && crawlDelay > 0) {
			Duration asked = Duration.ofMillis(crawlDelay);
			if (asked.compareTo(this.properties.maxCrawlDelay()) > 0) {
				logger.warn("{} asks for a Crawl-delay of {}; using the maximum of {}", robotsUri, asked,
						this.properties.maxCrawlDelay());
				asked = this.properties.maxCrawlDelay();
			}
			if (asked.compareTo(delay) > 0) {
				delay = asked;
			}
			// Crawl-delay means one request per that interval: a single connection
			connections = 1;
		}
		logger.info("{}: {} rule(s) for {}, {} sitemap(s), {} connection(s), {} after each response{}", robotsUri,
				(robots instanceof SimpleRobotRules simple) ? simple.getRobotRules().size() : -1,
				this.properties.robotsAgent(), robots.getSitemaps().size(), connections, delay,
				(unreachable != null) ? " — unreachable, so nothing is allowed: " + unreachable : "");
		return new Rules(robots, delay, connections, unreachable);
	}

}
