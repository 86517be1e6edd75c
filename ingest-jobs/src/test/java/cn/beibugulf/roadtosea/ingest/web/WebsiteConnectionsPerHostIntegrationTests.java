package cn.beibugulf.roadtosea.ingest.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.web.fixture.SitemapFixtureServer;
import cn.beibugulf.roadtosea.ingest.web.fixture.SitemapFixtureServer.Visit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code websiteHarvestJob} with several connections per host: the pages of a chunk are fetched at
 * once, never more than a host's {@code connections-per-host} at a time, and each connection slot
 * keeps the delay after its response — all measured on the server's side (generated sites on
 * 127.0.0.1 that answer each page after a while, so concurrent requests overlap there).
 */
@SpringBootTest(classes = IngestTestApplication.class,
		properties = { "portal.ingest.website.chunk-size=12", "portal.ingest.website.delay-per-host=120ms",
				"portal.ingest.website.max-pages=100", "portal.ingest.website.max-attempts=1",
				"portal.ingest.website.request-timeout=5s" })
class WebsiteConnectionsPerHostIntegrationTests {

	static {
		TestDataDirectory.use("website-connections");
	}

	private static final Duration LATENCY = Duration.ofMillis(60);

	/** Four connections, no delay. */
	private static final SitemapFixtureServer FOUR = site(24, "");

	/** Two connections, 250 ms after each response on a slot. */
	private static final SitemapFixtureServer TWO = site(12, "");

	private static final Duration TWO_DELAY = Duration.ofMillis(250);

	/** The defaults: one connection, 120 ms. */
	private static final SitemapFixtureServer ONE = site(8, "");

	private static final Duration ONE_DELAY = Duration.ofMillis(120);

	/** Four connections configured, but robots.txt asks for a Crawl-delay: one connection. */
	private static final SitemapFixtureServer CRAWL_DELAY = site(6, "Crawl-delay: 0.2");

	private static final AtomicInteger SOURCES = new AtomicInteger();

	@Autowired
	private HarvestService harvests;

	@DynamicPropertySource
	static void hosts(DynamicPropertyRegistry registry) {
		registry.add(hostKey("host-connections", FOUR), () -> 4);
		registry.add(hostKey("host-delays", FOUR), () -> "0");
		registry.add(hostKey("host-connections", TWO), () -> 2);
		registry.add(hostKey("host-delays", TWO), () -> TWO_DELAY.toMillis() + "ms");
		registry.add(hostKey("host-connections", CRAWL_DELAY), () -> 4);
		registry.add(hostKey("host-delays", CRAWL_DELAY), () -> "0");
	}

	@AfterAll
	static void stop() {
		FOUR.close();
		TWO.close();
		ONE.close();
		CRAWL_DELAY.close();
	}

	@Test
	void fourConnectionsWithoutDelayReachTheHostFourAtATimeAndNeverMore() {
		HarvestRun run = this.harvests.runAndWait(register(FOUR).id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.written()).isEqualTo(24);
		assertThat(FOUR.pageRequests()).isEqualTo(24);
		assertThat(FOUR.maxInFlight()).isEqualTo(4);
		assertThat(maxOverlap(FOUR.visits(), Duration.ZERO)).isEqualTo(4);
	}

	@Test
	void twoConnectionsKeepTheDelayAfterEachResponseOnTheirSlot() {
		HarvestRun run = this.harvests.runAndWait(register(TWO).id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.written()).isEqualTo(12);
		assertThat(TWO.maxInFlight()).isLessThanOrEqualTo(2);
		// a request starts no earlier than the delay after the end of the previous response on its
		// slot: with two slots, no instant lies in three requests' [arrival, answered + delay) — and
		// in two, so the second slot was used (one connection would make this 1). Whether two are
		// ever in flight at once depends on how the slots' turns fall (60 ms answers, 250 ms delay)
		assertThat(maxOverlap(TWO.visits(), TWO_DELAY)).isEqualTo(2);
	}

	@Test
	void oneConnectionIsOneRequestAtATimeWithTheDelayAfterEachResponse() {
		HarvestRun run = this.harvests.runAndWait(register(ONE).id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.written()).isEqualTo(8);
		assertThat(ONE.maxInFlight()).isEqualTo(1);
		assertThat(gapsAfterAnswers(ONE.visits()))
			.allSatisfy((gap) -> assertThat(gap).isGreaterThanOrEqualTo(ONE_DELAY));
	}

	@Test
	void aCrawlDelayInRobotsTxtMeansOneConnection() {
		HarvestRun run = this.harvests.runAndWait(register(CRAWL_DELAY).id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.written()).isEqualTo(6);
		List<Visit> visits = CRAWL_DELAY.visits();
		assertThat(visits.get(0).path()).isEqualTo("/robots.txt");
		// after robots.txt (fetched before its Crawl-delay was known), one at a time, 200 ms apart
		List<Visit> afterRobots = visits.subList(1, visits.size());
		assertThat(maxOverlap(afterRobots, Duration.ZERO)).isOne();
		assertThat(gapsAfterAnswers(afterRobots))
			.allSatisfy((gap) -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(200)));
	}

	private static SitemapFixtureServer site(long pages, String robotsLines) {
		return SitemapFixtureServer.builder(pages)
			.pagesPerSitemap(50)
			.robotsLines(robotsLines)
			.pageLatency(LATENCY)
			.threads(16)
			.recordVisits()
			.start();
	}

	private static String hostKey(String property, SitemapFixtureServer site) {
		return "portal.ingest.website." + property + "[" + site.authority() + "]";
	}

	private HarvestSource register(SitemapFixtureServer site) {
		String id = "web-conn-" + SOURCES.incrementAndGet();
		return this.harvests.register(HarvestSource.website(id, "并发网站 " + id, site.rootUrl(), "北海市图书馆", "北海",
				List.of("guide"), List.of()));
	}

	/**
	 * The most requests whose {@code [arrived, answered + delay)} contain one instant: the fewest
	 * connection slots that could have served the requests keeping the delay on each (interval
	 * graphs are coloured by their largest clique).
	 */
	static int maxOverlap(List<Visit> visits, Duration delay) {
		int max = 0;
		for (Visit visit : visits) {
			long at = visit.arrived();
			int overlap = (int) visits.stream()
				.filter((other) -> other == visit
						|| (other.arrived() <= at && at < other.answered() + delay.toNanos()))
				.count();
			max = Math.max(max, overlap);
		}
		return max;
	}

	/** For each request after the first, the time since the previous one was answered. */
	private static List<Duration> gapsAfterAnswers(List<Visit> visits) {
		return java.util.stream.IntStream.range(1, visits.size())
			.mapToObj((i) -> Duration.ofNanos(visits.get(i).arrived() - visits.get(i - 1).answered()))
			.toList();
	}

}
