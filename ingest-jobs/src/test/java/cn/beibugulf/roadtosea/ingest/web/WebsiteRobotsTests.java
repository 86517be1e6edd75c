package cn.beibugulf.roadtosea.ingest.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.http.HostSlots;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.http.TestHttpServer;

import static org.assertj.core.api.Assertions.assertThat;

class WebsiteRobotsTests {

	private final TestHttpServer server = TestHttpServer.start();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void obeysTheGroupOfThePortalsUserAgentAndTakesTheLongerCrawlDelay() {
		this.server.serve("/robots.txt", """
				User-agent: *
				Disallow: /

				User-agent: RoadToTheSea-Harvester
				Disallow: /admin/
				Allow: /
				Crawl-delay: 2

				Sitemap: https://www.beihai.gov.cn/sitemap-index.xml
				""".getBytes(StandardCharsets.UTF_8), "text/plain");
		SiteRobots robots = robots(Duration.ofMillis(500));

		SiteRobots.Rules rules = robots.rules(uri("/news/1.html"));

		assertThat(rules.allowed(uri("/news/1.html"))).isTrue();
		assertThat(rules.allowed(uri("/admin/login.html"))).isFalse();
		assertThat(rules.delay()).isEqualTo(Duration.ofSeconds(2));
		assertThat(rules.sitemaps()).containsExactly("https://www.beihai.gov.cn/sitemap-index.xml");
		assertThat(rules.unreachable()).isNull();
		robots.rules(uri("/other.html"));
		assertThat(this.server.requests("/robots.txt")).hasSize(1);
	}

	@Test
	void theConfiguredDelayWinsOverAShorterCrawlDelayAndACrawlDelayIsCapped() {
		this.server.serve("/robots.txt", "User-agent: *\nCrawl-delay: 1\n".getBytes(StandardCharsets.UTF_8), "text/plain");
		assertThat(robots(Duration.ofSeconds(3)).rules(uri("/")).delay()).isEqualTo(Duration.ofSeconds(3));

		this.server.serve("/robots.txt", "User-agent: *\nCrawl-delay: 3600\n".getBytes(StandardCharsets.UTF_8),
				"text/plain");
		assertThat(robots(Duration.ZERO).rules(uri("/")).delay()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void aCrawlDelayMeansOneConnectionWhateverIsConfigured() {
		WebsiteHarvestProperties four = properties(Duration.ZERO, 4);
		HttpFetcher http = new HttpFetcher(four.http(), Clock.systemUTC());
		assertThat(new SiteRobots(http, new HostSlots(), four).rules(uri("/")).connections()).isEqualTo(4);

		this.server.serve("/robots.txt", "User-agent: *\nCrawl-delay: 0.5\n".getBytes(StandardCharsets.UTF_8),
				"text/plain");
		SiteRobots.Rules rules = new SiteRobots(http, new HostSlots(), four).rules(uri("/"));
		assertThat(rules.connections()).isOne();
		assertThat(rules.delay()).isEqualTo(Duration.ofMillis(500));
	}

	@Test
	void aMissingRobotsTxtAllowsEverythingAndAFailingOneNothing() {
		assertThat(robots(Duration.ZERO).rules(uri("/")).allowed(uri("/any/page.html"))).isTrue();

		this.server.failNext("/robots.txt", 500, null);
		SiteRobots.Rules failing = robots(Duration.ZERO).rules(uri("/"));
		assertThat(failing.allowed(uri("/any/page.html"))).isFalse();
		assertThat(failing.unreachable()).contains("HTTP 500");
	}

	@Test
	void aHostDelayOverridesTheDefaultForThatHostOnly() {
		WebsiteHarvestProperties properties = new WebsiteHarvestProperties(10, 100, 100, 100, Duration.ofSeconds(1),
				java.util.Map.of("127.0.0.1:9", Duration.ZERO, "fixture.local", Duration.ofMillis(5)), 1,
				java.util.Map.of("fixture.local", 3), Duration.ofSeconds(5),
				org.springframework.util.unit.DataSize.ofMegabytes(1), org.springframework.util.unit.DataSize.ofMegabytes(1),
				1, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(5),
				"RoadToTheSea-Harvester/0.1");

		assertThat(properties.delayFor("127.0.0.1:9")).isZero();
		assertThat(properties.delayFor("fixture.local:8080")).isEqualTo(Duration.ofMillis(5));
		assertThat(properties.delayFor("127.0.0.1:10")).isEqualTo(Duration.ofSeconds(1));
		assertThat(properties.connectionsFor("fixture.local:8080")).isEqualTo(3);
		assertThat(properties.connectionsFor("127.0.0.1:9")).isOne();
		assertThat(properties.robotsAgent()).isEqualTo("roadtothesea-harvester");
	}

	private URI uri(String path) {
		return URI.create(this.server.url(path));
	}

	private static WebsiteHarvestProperties properties(Duration delay, int connections) {
		return new WebsiteHarvestProperties(10, 100, 100, 100, delay, java.util.Map.of(), connections, java.util.Map.of(),
				Duration.ofSeconds(5), org.springframework.util.unit.DataSize.ofMegabytes(1),
				org.springframework.util.unit.DataSize.ofMegabytes(1), 1, Duration.ofMillis(10), Duration.ofSeconds(1),
				Duration.ofSeconds(5), Duration.ofSeconds(5), "RoadToTheSea-Harvester/0.1");
	}

	private static SiteRobots robots(Duration delay) {
		WebsiteHarvestProperties properties = SitemapFetcherTests.properties(delay);
		HttpFetcher http = new HttpFetcher(properties.http(), Clock.systemUTC());
		return new SiteRobots(http, new HostSlots(), properties);
	}

}
