package cn.beibugulf.roadtosea.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.SharedSamples;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailure;
import cn.beibugulf.roadtosea.ingest.RawKeys;
import cn.beibugulf.roadtosea.ingest.RawRecords;
import cn.beibugulf.roadtosea.ingest.job.RawObjectKeys;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.web.fixture.SitemapFixtureServer;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code websiteHarvestJob} end to end: sites served by real HTTP servers on localhost (the real
 * Chinese pages of the shared samples among them), the embedded Elasticsearch node, the embedded S3
 * server and H2 in file mode.
 */
@SpringBootTest(classes = IngestTestApplication.class,
		properties = { "portal.ingest.website.chunk-size=2", "portal.ingest.website.delay-per-host=150ms",
				"portal.ingest.website.max-pages=6", "portal.ingest.website.skip-limit=5",
				"portal.ingest.website.max-attempts=1", "portal.ingest.website.request-timeout=1s",
				"portal.ingest.website.max-page-size=400KB" })
class WebsiteHarvestJobIntegrationTests {

	static {
		TestDataDirectory.use("website-harvest");
	}

	private static final Duration DELAY = Duration.ofMillis(150);

	private static final AtomicInteger SOURCES = new AtomicInteger();

	private final Site site = new Site();

	@Autowired
	private HarvestService harvests;

	@Autowired
	private ElasticsearchClient elasticsearch;

	@Autowired
	private ObjectStore objectStore;

	@Autowired
	private PageStateRepository pageStates;

	@AfterEach
	void stop() {
		this.site.close();
	}

	@Test
	void harvestsASiteFromItsRootThroughRobotsTxtAnIndexAndAGzipSitemapPolitely() throws Exception {
		this.site.page("/robots.txt", "text/plain", """
				User-agent: *
				Disallow: /private/

				Sitemap: %s
				""".formatted(this.site.url("/sitemap-index.xml")));
		this.site.page("/sitemap-index.xml", "application/xml", index("/sitemaps/news.xml.gz", "/sitemaps/pages.xml"));
		this.site.serve("/sitemaps/news.xml.gz", "application/gzip",
				gzip(urlset(entry("/news/juejin.html", "2024-01-02"), entry("/news/woshipm.html", "2024-01-03"))));
		this.site.page("/sitemaps/pages.xml", "application/xml", urlset(entry("/guide/laojie.html", "2024-02-01"),
				entry("/guide/laojie-print.html", "2024-02-01"), entry("/private/staff.html", "2024-02-01")));
		this.site.serve("/news/juejin.html", "text/html; charset=utf-8",
				Files.readAllBytes(SharedSamples.file("documents", "zh_html_juejin_article_ssr.html")));
		// the real page is UTF-8; the server lies
		this.site.serve("/news/woshipm.html", "text/html; charset=GBK",
				Files.readAllBytes(SharedSamples.file("documents", "zh_html_woshipm_article.html")));
		String laojie = """
				<html lang="zh-CN"><head><title>北海老街 | 北海文旅</title><link rel="canonical" href="%s">
				<meta name="description" content="百年骑楼老街，中西合璧。"></head>
				<body><div class="article"><h1>北海老街</h1><p>北海老街始建于1883年，全长1.44公里，是中西合璧的骑楼式建筑群。</p>
				<p>夜幕降临，珠海路上灯火通明，游客漫步其间，感受百年商埠的历史底蕴。</p></div></body></html>
				""".formatted(this.site.url("/guide/laojie.html"));
		this.site.page("/guide/laojie.html", "text/html; charset=utf-8", laojie);
		this.site.page("/guide/laojie-print.html", "text/html; charset=utf-8", laojie);
		this.site.page("/private/staff.html", "text/html", "<html><body>内部</body></html>");
		HarvestSource source = register(this.site.url("/"));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.exitDescription()).contains("1 record(s) skipped", "4 page(s) fetched");
		assertThat(run.skipped()).isEqualTo(1);
		assertThat(this.site.hits("/private/staff.html")).isZero();
		assertThat(this.harvests.failures(run.executionId())).singleElement().satisfies((failure) -> {
			assertThat(failure.recordIdentifier()).isEqualTo(this.site.url("/private/staff.html"));
			assertThat(failure.stage()).isEqualTo(FailureStage.READ);
			assertThat(failure.reason())
				.isEqualTo("not fetched: robots.txt disallows it for user agent “roadtothesea-harvester”");
		});
		// two URLs with one canonical URL: one record
		assertThat(count(source.id())).isEqualTo(3);
		PortalRecord juejin = document(source.id(), this.site.url("/news/juejin.html"));
		assertThat(juejin.title()).contains("一文读懂Flutter的三棵树渲染机制和原理");
		assertThat(juejin.fullText()).contains("RenderObject").containsPattern("[\\u4e00-\\u9fff]{20}");
		assertThat(juejin.type()).isEqualTo("webpage");
		assertThat(juejin.modules()).containsExactly("guide");
		assertThat(juejin.themes()).containsExactly("sightseeing");
		assertThat(juejin.language()).startsWith("zh");
		assertThat(juejin.provenance().datestamp()).isEqualTo("2024-01-02T00:00:00Z");
		PortalRecord woshipm = document(source.id(), this.site.url("/news/woshipm.html"));
		assertThat(woshipm.title()).contains("你为用户做总结了吗");
		assertThat(woshipm.description()).startsWith("编辑导语：每到年末之际");
		assertThat(woshipm.fullText()).doesNotContain("\uFFFD");
		PortalRecord laojieRecord = document(source.id(), this.site.url("/guide/laojie.html"));
		assertThat(laojieRecord.url()).isEqualTo(this.site.url("/guide/laojie.html"));
		assertThat(laojieRecord.description()).isEqualTo("百年骑楼老街，中西合璧。");
		assertThat(laojieRecord.issued()).isEqualTo("2024-02-01");
		assertThat(laojieRecord.places()).extracting(cn.beibugulf.roadtosea.record.Place::name).contains("北海");
		// the chunk's pages are one raw object; the record's raw key points at its page inside it
		String rawKey = laojieRecord.provenance().rawKey();
		assertThat(rawKey).startsWith(RawKeys.bundlePrefix(source.id()))
			.endsWith(".json#" + java.net.URLEncoder.encode(this.site.url("/guide/laojie.html"), StandardCharsets.UTF_8));
		assertThat(new String(RawRecords.read(this.objectStore, rawKey).orElseThrow(), StandardCharsets.UTF_8))
			.contains("\"canonicalUrl\":\"" + this.site.url("/guide/laojie.html") + "\"", "骑楼式建筑群");
		assertThat(this.objectStore.get(RawObjectKeys.of(source.id(), this.site.url("/guide/laojie.html"), "json")))
			.as("no object of its own").isEmpty();
		assertThat(this.site.requests()).allSatisfy((request) -> assertThat(request.userAgent())
			.isEqualTo("RoadToTheSea-Harvester/0.1"));
		List<Long> gaps = this.site.gapsMillis();
		assertThat(gaps).hasSize(this.site.requests().size() - 1)
			.allSatisfy((gap) -> assertThat(gap).isGreaterThanOrEqualTo(DELAY.toMillis()));
	}

	@Test
	void brokenSitemapsAndBadPagesAreRecordedAndTheRunGoesOn() throws Exception {
		this.site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.3\n");
		this.site.page("/sitemap-index.xml", "application/xml",
				index("/broken.xml", "/missing.xml", "/pages.xml"));
		this.site.page("/broken.xml", "application/xml", "<urlset><url><loc>" + this.site.url("/a") + "</url></urlset>");
		this.site.page("/pages.xml", "application/xml", urlset(entry("/ok.html", null), entry("/hostile.html", null),
				entry("/gone.html", null), entry("/slow.html", null), entry("/huge.html", null)));
		this.site.page("/ok.html", "text/html", "<html><head><title>防城港京族三岛</title></head><body><p>京族是中国唯一的海洋民族。</p></body></html>");
		this.site.page("/hostile.html", "text/html", """
				<html><head><title>东兴口岸</title><script>alert(1)</script></head><body>
				<div><p>东兴口岸是中越边境最大的陆路口岸之一。<img src="x" onerror="alert(2)"></p>
				<script>document.write('注入的脚本文字')</script></div></body></html>""");
		this.site.slow("/slow.html", Duration.ofSeconds(3));
		this.site.serve("/huge.html", "text/html", ("<html><body><p>" + "海".repeat(200_000) + "</p></body></html>")
			.getBytes(StandardCharsets.UTF_8));
		HarvestSource source = register(this.site.url("/sitemap-index.xml"));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.skipped()).isEqualTo(5);
		assertThat(count(source.id())).isEqualTo(2);
		assertThat(document(source.id(), this.site.url("/hostile.html")).fullText())
			.contains("最大的陆路口岸").doesNotContain("注入的脚本文字", "alert");
		List<HarvestFailure> failures = this.harvests.failures(run.executionId());
		assertThat(failures).extracting(HarvestFailure::recordIdentifier, HarvestFailure::stage)
			.containsExactlyInAnyOrder(tuple(this.site.url("/broken.xml"), FailureStage.READ),
					tuple(this.site.url("/missing.xml"), FailureStage.READ),
					tuple(this.site.url("/gone.html"), FailureStage.READ),
					tuple(this.site.url("/slow.html"), FailureStage.READ),
					tuple(this.site.url("/huge.html"), FailureStage.READ));
		assertThat(reason(failures, "/broken.xml")).contains("not well-formed XML at line 1");
		assertThat(reason(failures, "/missing.xml")).contains("HTTP 404");
		assertThat(reason(failures, "/gone.html")).contains("answered HTTP 404");
		assertThat(reason(failures, "/slow.html")).contains("no response in time");
		assertThat(reason(failures, "/huge.html")).contains("larger than 409600 bytes");
		// robots.txt asks for 0.3 s between requests, more than the configured 0.15 s (the first gap,
		// robots.txt to the index, is the configured one: the Crawl-delay was not known yet)
		assertThat(this.site.gapsMillis().subList(1, this.site.gapsMillis().size()))
			.allSatisfy((gap) -> assertThat(gap).isGreaterThanOrEqualTo(300));
	}

	@Test
	void theNextRunFetchesOnlyPagesWithANewerLastmodAndTombstonesGonePages() throws Exception {
		this.site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
		this.site.page("/sitemap.xml", "application/xml", urlset(entry("/1.html", "2024-03-01"),
				entry("/2.html", "2024-03-01"), entry("/3.html", "2024-03-01")));
		for (int n = 1; n <= 3; n++) {
			this.site.page("/" + n + ".html", "text/html", "<html><head><title>合浦汉墓 第" + n + "篇</title></head>"
					+ "<body><p>合浦汉墓群是海上丝绸之路始发港的重要见证。</p></body></html>");
		}
		HarvestSource source = register(this.site.url("/sitemap.xml"));
		assertThat(this.harvests.runAndWait(source.id()).written()).isEqualTo(3);

		this.site.page("/sitemap.xml", "application/xml", urlset(entry("/1.html", "2024-03-01"),
				entry("/2.html", "2024-04-01"), entry("/3.html", "2024-04-01")));
		this.site.page("/2.html", "text/html", "<html><head><title>合浦汉墓 修订版</title></head><body><p>修订。</p></body></html>");
		this.site.remove("/3.html");
		HarvestRun second = this.harvests.runAndWait(source.id());

		assertThat(second.exitCode()).isEqualTo("COMPLETED");
		assertThat(second.exitDescription()).contains("2 page(s) fetched", "1 unchanged since the last harvest");
		assertThat(this.site.hits("/1.html")).isOne();
		assertThat(this.site.hits("/2.html")).isEqualTo(2);
		assertThat(this.site.hits("/3.html")).isEqualTo(2);
		assertThat(document(source.id(), this.site.url("/2.html")).title()).isEqualTo("合浦汉墓 修订版");
		PortalRecord gone = document(source.id(), this.site.url("/3.html"));
		assertThat(gone.deleted()).isTrue();
		assertThat(gone.hidden()).isTrue();
		assertThat(this.harvests.failures(second.executionId())).isEmpty();

		HarvestRun third = this.harvests.runAndWait(source.id());
		assertThat(third.read()).isZero();
		assertThat(this.site.hits("/2.html")).isEqualTo(2);
	}

	@Test
	void thePageLimitStopsARunAndTheNextRunGoesOnWhereItStopped() throws Exception {
		SitemapFixtureServer fixture = SitemapFixtureServer.builder(9).pagesPerSitemap(4).gzip(true).start();
		try (fixture) {
			HarvestSource source = register(fixture.rootUrl());

			HarvestRun first = this.harvests.runAndWait(source.id());

			assertThat(first.exitCode()).isEqualTo("COMPLETED");
			assertThat(first.written()).isEqualTo(6);
			assertThat(first.exitDescription()).contains("page limit of 6 reached");
			assertThat(fixture.pageRequests()).isEqualTo(6);

			HarvestRun second = this.harvests.runAndWait(source.id());

			assertThat(second.written()).isEqualTo(3);
			assertThat(second.exitDescription()).contains("3 page(s) fetched", "6 unchanged").doesNotContain("limit");
			assertThat(fixture.pageRequests()).isEqualTo(9);
			assertThat(count(source.id())).isEqualTo(9);
			PortalRecord english = document(source.id(), fixture.pageUrl(5));
			assertThat(english.title()).isEqualTo(SitemapFixtureServer.title(5) + " | 向海之路测试站");
			assertThat(english.language()).startsWith("en");
			assertThat(document(source.id(), fixture.pageUrl(7)).language()).startsWith("zh");

			fixture.touch(3);
			HarvestRun touched = this.harvests.runAndWait(source.id());
			assertThat(touched.written()).isEqualTo(3);
			assertThat(fixture.pageRequests()).isEqualTo(12);
			assertThat(document(source.id(), fixture.pageUrl(6)).fullText()).contains("更新：本文已修订。");
		}
	}

	@Test
	void aFailedRunIsRestartedWhereItStoppedWithoutLosingOrRepeatingPages() throws Exception {
		this.site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
		this.site.page("/index.xml", "application/xml",
				index("/s0.xml", "/s1.xml", "/s2.xml", "/s3.xml", "/s4.xml", "/s5.xml", "/s6.xml"));
		this.site.page("/s0.xml", "application/xml", urlset(entry("/p1.html", "2024-05-01"),
				entry("/p2.html", "2024-05-01"), entry("/p3.html", "2024-05-01"), entry("/p4.html", "2024-05-01")));
		for (int n = 1; n <= 4; n++) {
			this.site.page("/p" + n + ".html", "text/html", page("钦州港 第" + n + "页"));
		}
		HarvestSource source = register(this.site.url("/index.xml"));

		// sitemaps 1 to 6 are missing: the sixth skip is over the limit of 5 and fails the run
		HarvestRun failed = this.harvests.runAndWait(source.id());

		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.exitDescription())
			.startsWith("More than 5 records were skipped (portal.ingest.website.skip-limit)");
		assertThat(count(source.id())).isEqualTo(4);

		for (int k = 1; k <= 6; k++) {
			this.site.page("/s" + k + ".xml", "application/xml", urlset(entry("/p" + (k + 4) + ".html", "2024-05-02")));
			this.site.page("/p" + (k + 4) + ".html", "text/html", page("钦州港 第" + (k + 4) + "页"));
		}
		long restarted = this.harvests.restart(failed.executionId());
		HarvestRun resumed = this.harvests.await(restarted, Duration.ofMinutes(2));

		// the restart goes on at the chunk that failed (sitemaps 5 and 6); pages 1 to 4 are not fetched again
		assertThat(resumed.status()).isEqualTo("COMPLETED");
		assertThat(resumed.written()).isEqualTo(2);
		assertThat(this.site.hits("/s0.xml")).isOne();
		assertThat(this.site.hits("/s5.xml")).isEqualTo(2);
		assertThat(this.site.hits("/p9.html")).isOne();
		for (int n = 1; n <= 4; n++) {
			assertThat(this.site.hits("/p" + n + ".html")).isOne();
		}
		assertThat(count(source.id())).isEqualTo(6);

		// the sitemaps skipped before are read by the next incremental run, and only their pages fetched
		HarvestRun next = this.harvests.runAndWait(source.id());
		assertThat(next.written()).isEqualTo(4);
		assertThat(count(source.id())).isEqualTo(10);
		assertThat(this.pageStates.count(source.id())).isEqualTo(10);
		for (int n = 1; n <= 10; n++) {
			assertThat(this.site.hits("/p" + n + ".html")).isOne();
		}
	}

	@Test
	void aSitemapThatCannotBeHadFailsTheRunWithTheReason() {
		this.site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
		HarvestSource source = register(this.site.url("/sitemap.xml"));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("FAILED");
		assertThat(run.exitDescription()).isEqualTo(
				"The sitemap answered HTTP 404 after 1 attempt(s): GET " + this.site.url("/sitemap.xml") + " — response: not found");
		assertThat(this.harvests.failures(source.id())).singleElement()
			.satisfies((failure) -> assertThat(failure.stage()).isEqualTo(FailureStage.READ));
	}

	@Test
	void aWebsiteSourceNeedsAUrlWithAHost() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.harvests
			.register(HarvestSource.website("web-bad", "坏网址", "https:///sitemap.xml", null, null, List.of(), List.of())))
			.withMessageContaining("needs the URL of a sitemap or of the site's root");
	}

	private static String reason(List<HarvestFailure> failures, String path) {
		return failures.stream()
			.filter((failure) -> failure.recordIdentifier().endsWith(path))
			.findFirst()
			.orElseThrow()
			.reason();
	}

	private static String page(String title) {
		return "<html><head><title>" + title + "</title></head><body><p>" + title + "：北部湾港口建设日新月异。</p></body></html>";
	}

	private String index(String... paths) {
		StringBuilder xml = new StringBuilder("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
		for (String path : paths) {
			xml.append("<sitemap><loc>").append(this.site.url(path)).append("</loc></sitemap>");
		}
		return xml.append("</sitemapindex>").toString();
	}

	private String entry(String path, String lastmod) {
		return "<url><loc>" + this.site.url(path) + "</loc>" + ((lastmod != null) ? "<lastmod>" + lastmod + "</lastmod>" : "")
				+ "</url>";
	}

	private static String urlset(String... entries) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
				+ String.join("\n", entries) + "</urlset>";
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private HarvestSource register(String url) {
		String id = "web-" + SOURCES.incrementAndGet();
		return this.harvests.register(HarvestSource.website(id, "测试网站 " + id, url, "钦州市图书馆", "钦州",
				List.of("guide"), List.of("sightseeing")));
	}

	private long count(String sourceId) throws IOException {
		this.elasticsearch.indices().refresh((refresh) -> refresh.index(RecordsIndex.ALIAS));
		return this.elasticsearch
			.count((count) -> count.index(RecordsIndex.ALIAS)
				.query((query) -> query.term((term) -> term.field("sourceId").value(sourceId))))
			.count();
	}

	private PortalRecord document(String sourceId, String identifier) throws IOException {
		return this.elasticsearch
			.get((get) -> get.index(RecordsIndex.ALIAS).id(PortalRecord.idOf(sourceId, identifier)), PortalRecord.class)
			.source();
	}

	/** A site on 127.0.0.1 that records when each request arrived and with which User-Agent. */
	static final class Site implements AutoCloseable {

		record Request(String path, long nanos, String userAgent) {
		}

		private record Resource(String contentType, byte[] body, Duration delay) {
		}

		private final HttpServer server;

		private final Map<String, Resource> resources = new ConcurrentHashMap<>();

		private final List<Request> requests = new CopyOnWriteArrayList<>();

		Site() {
			try {
				this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			this.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
			this.server.createContext("/", this::handle);
			this.server.start();
		}

		String url(String path) {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
		}

		void page(String path, String contentType, String text) {
			serve(path, contentType, text.getBytes(StandardCharsets.UTF_8));
		}

		void serve(String path, String contentType, byte[] body) {
			this.resources.put(path, new Resource(contentType, body, Duration.ZERO));
		}

		void slow(String path, Duration delay) {
			this.resources.put(path, new Resource("text/html", "<html><body>慢</body></html>".getBytes(StandardCharsets.UTF_8),
					delay));
		}

		void remove(String path) {
			this.resources.remove(path);
		}

		List<Request> requests() {
			return List.copyOf(this.requests);
		}

		long hits(String path) {
			return this.requests.stream().filter((request) -> request.path().equals(path)).count();
		}

		/** The time between the arrivals of consecutive requests, in milliseconds. */
		List<Long> gapsMillis() {
			List<Long> gaps = new ArrayList<>();
			for (int i = 1; i < this.requests.size(); i++) {
				gaps.add(Duration.ofNanos(this.requests.get(i).nanos() - this.requests.get(i - 1).nanos()).toMillis());
			}
			return gaps;
		}

		private void handle(HttpExchange exchange) throws IOException {
			try (exchange) {
				String path = exchange.getRequestURI().getPath();
				this.requests.add(new Request(path, System.nanoTime(), exchange.getRequestHeaders().getFirst("User-Agent")));
				Resource resource = this.resources.get(path);
				if (resource == null) {
					byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
					exchange.sendResponseHeaders(404, body.length);
					exchange.getResponseBody().write(body);
					return;
				}
				if (resource.delay().isPositive()) {
					try {
						Thread.sleep(resource.delay());
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
				exchange.getResponseHeaders().add("Content-Type", resource.contentType());
				exchange.sendResponseHeaders(200, resource.body().length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(resource.body());
				}
			}
			catch (IOException ex) {
				// the client went away (a timed-out request)
			}
		}

		@Override
		public void close() {
			this.server.stop(0);
		}

	}

}
