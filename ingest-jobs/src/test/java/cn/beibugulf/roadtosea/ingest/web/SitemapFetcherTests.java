package cn.beibugulf.roadtosea.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.http.HostSlots;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.http.TestHttpServer;
import cn.beibugulf.roadtosea.ingest.xml.HostileXml;
import cn.beibugulf.roadtosea.ingest.xml.SafeXml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SitemapFetcherTests {

	private static final URI SITEMAP = URI.create("https://www.beihai.gov.cn/sitemap.xml");

	private final TestHttpServer server = TestHttpServer.start();

	private final SitemapFetcher fetcher = fetcher(1024 * 1024);

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void readsAUrlsetWithLastmodsAndLeavesOutPagesOfOtherSites() {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				  <url><loc>https://www.beihai.gov.cn/news/1.html</loc><lastmod>2025-03-01T08:00:00+08:00</lastmod></url>
				  <url><loc>https://www.beihai.gov.cn/news/2.html</loc><lastmod>2025-03-02</lastmod></url>
				  <url><loc>https://www.beihai.gov.cn/news/3.html</loc></url>
				  <url><loc>https://elsewhere.example.com/ad.html</loc></url>
				</urlset>
				""";

		SitemapContent content = this.fetcher.read(SITEMAP, xml.getBytes(StandardCharsets.UTF_8));

		assertThat(content).isInstanceOfSatisfying(SitemapContent.Pages.class, (pages) -> {
			assertThat(pages.entries()).containsExactly(
					new SitemapEntry("https://www.beihai.gov.cn/news/1.html", Instant.parse("2025-03-01T00:00:00Z")),
					new SitemapEntry("https://www.beihai.gov.cn/news/2.html", Instant.parse("2025-03-02T00:00:00Z")),
					new SitemapEntry("https://www.beihai.gov.cn/news/3.html", null));
			assertThat(pages.offSite()).isOne();
		});
	}

	@Test
	void readsASitemapIndexAndAGzipSitemap() throws IOException {
		String index = """
				<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				  <sitemap><loc>https://www.beihai.gov.cn/sitemap-news.xml.gz</loc><lastmod>2025-03-01</lastmod></sitemap>
				  <sitemap><loc>https://www.beihai.gov.cn/sitemap-pages.xml</loc></sitemap>
				</sitemapindex>
				""";
		assertThat(this.fetcher.read(SITEMAP, index.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(new SitemapContent.Index(java.util.List.of("https://www.beihai.gov.cn/sitemap-news.xml.gz",
					"https://www.beihai.gov.cn/sitemap-pages.xml")));

		String urlset = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
				+ "https://www.beihai.gov.cn/老街.html</loc></url></urlset>";
		SitemapContent gz = this.fetcher.read(URI.create("https://www.beihai.gov.cn/sitemap-news.xml.gz"),
				gzip(urlset.getBytes(StandardCharsets.UTF_8)));
		assertThat(gz).isInstanceOfSatisfying(SitemapContent.Pages.class, (pages) -> assertThat(pages.entries())
			.extracting(SitemapEntry::url)
			.singleElement()
			.asString()
			.contains("beihai.gov.cn/"));
	}

	@Test
	void readsAPlainTextSitemap() {
		String text = "https://www.beihai.gov.cn/a.html\nhttps://www.beihai.gov.cn/b.html\n";

		assertThat(this.fetcher.read(URI.create("https://www.beihai.gov.cn/sitemap.txt"),
				text.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(SitemapContent.Pages.class,
					(pages) -> assertThat(pages.entries()).extracting(SitemapEntry::url)
						.containsExactly("https://www.beihai.gov.cn/a.html", "https://www.beihai.gov.cn/b.html"));
	}

	@Test
	void refusesADoctypeAndNeverFetchesAnExternalEntity() throws IOException {
		try (HostileXml hostile = HostileXml.start()) {
			for (String xml : new String[] { HostileXml.PASSWD_ENTITY, HostileXml.BILLION_LAUGHS, hostile.remoteEntity(),
					hostile.remoteDtd() }) {
				assertThatExceptionOfType(SitemapException.class)
					.isThrownBy(() -> this.fetcher.read(SITEMAP, xml.getBytes(StandardCharsets.UTF_8)))
					.withMessageContaining(SafeXml.DOCTYPE_REFUSED)
					.withMessageContaining(SITEMAP.toString());
			}
			assertThat(hostile.requests()).isZero();
		}
	}

	@Test
	void refusesBrokenXmlWithWhereItBroke() {
		String broken = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n<url><loc>https://www.beihai.gov.cn/a"
				+ "</url></urlset>";

		assertThatExceptionOfType(SitemapException.class)
			.isThrownBy(() -> this.fetcher.read(SITEMAP, broken.getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("The sitemap " + SITEMAP + " is refused: not well-formed XML at line 2");
	}

	@Test
	void aSitemapOverTheSizeLimitOrMissingFailsWithTheUrl() {
		this.server.serve("/robots.txt", new byte[0], "text/plain");
		this.server.serve("/big.xml", "<urlset>".concat(" ".repeat(3000)).concat("</urlset>").getBytes(StandardCharsets.UTF_8),
				"application/xml");
		SitemapFetcher small = fetcher(1000);

		assertThatExceptionOfType(SitemapException.class).isThrownBy(() -> small.fetch(this.server.url("/big.xml")))
			.withMessageContaining("The sitemap " + this.server.url("/big.xml") + " is larger than 1000 bytes");
		assertThatExceptionOfType(SitemapException.class).isThrownBy(() -> small.fetch(this.server.url("/gone.xml")))
			.withMessageContaining("HTTP 404")
			.withMessageContaining(this.server.url("/gone.xml"));
	}

	@Test
	void aGzipBombIsCutAtTheSizeLimit() throws IOException {
		byte[] bomb = gzip(("<urlset>" + " ".repeat(200_000) + "</urlset>").getBytes(StandardCharsets.UTF_8));
		assertThat(bomb.length).isLessThan(1000);

		assertThatExceptionOfType(SitemapException.class).isThrownBy(() -> fetcher(10_000).read(SITEMAP, bomb))
			.withMessageContaining("larger than 10000 bytes");
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		return out.toByteArray();
	}

	static WebsiteHarvestProperties properties(Duration delay) {
		return new WebsiteHarvestProperties(10, 100, 100, 100, delay, java.util.Map.of(), 1, java.util.Map.of(),
				Duration.ofSeconds(5),
				org.springframework.util.unit.DataSize.ofMegabytes(1), org.springframework.util.unit.DataSize.ofMegabytes(1),
				1, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(5),
				"RoadToTheSea-Harvester/0.1");
	}

	private static SitemapFetcher fetcher(long maxBytes) {
		WebsiteHarvestProperties properties = properties(Duration.ZERO);
		HttpFetcher http = new HttpFetcher(properties.http(), Clock.systemUTC());
		return new SitemapFetcher(http, new SiteRobots(http, new HostSlots(), properties),
				maxBytes);
	}

}
