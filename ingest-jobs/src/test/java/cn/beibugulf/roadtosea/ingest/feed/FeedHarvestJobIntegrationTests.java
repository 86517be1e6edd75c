package cn.beibugulf.roadtosea.ingest.feed;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.HarvestMode;
import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.RawKeys;
import cn.beibugulf.roadtosea.ingest.SharedSamples;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailure;
import cn.beibugulf.roadtosea.ingest.http.TestHttpServer;
import cn.beibugulf.roadtosea.ingest.job.RawObjectKeys;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;
import cn.beibugulf.roadtosea.storage.StoredObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code feedHarvestJob} end to end: real feeds (the shared real samples) served over HTTP by a
 * local server, the embedded Elasticsearch node, the embedded S3 server and H2 in file mode.
 */
@SpringBootTest(classes = IngestTestApplication.class,
		properties = { "portal.ingest.feed.chunk-size=7", "portal.ingest.feed.retry-backoff=100ms" })
class FeedHarvestJobIntegrationTests {

	static {
		TestDataDirectory.use("feed-harvest");
	}

	private static final AtomicInteger SOURCES = new AtomicInteger();

	private static final String LAST_MODIFIED = "Sat, 04 Apr 2020 00:40:01 GMT";

	private final TestHttpServer server = TestHttpServer.start();

	@Autowired
	private HarvestService harvests;

	@Autowired
	private ObjectStore objectStore;

	@Autowired
	private ElasticsearchClient elasticsearch;

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void indexesARealAtomFeedThenGets304AndIndexesNothingThenRunsAgainWithoutDuplicates() throws Exception {
		byte[] feed = Files.readAllBytes(SharedSamples.file("feeds", "zh_atom_hexo_diygod.xml"));
		this.server.serve("/atom.xml", feed, "application/atom+xml; charset=utf-8", "\"diygod-1\"", LAST_MODIFIED);
		HarvestSource source = register("/atom.xml", "news-flash");

		HarvestRun first = this.harvests.runAndWait(source.id());

		assertThat(first.exitCode()).isEqualTo("COMPLETED");
		assertThat(first.read()).isEqualTo(20);
		assertThat(first.written()).isEqualTo(20);
		assertThat(count(source.id())).isEqualTo(20);
		PortalRecord mourning = document(source.id(), "https://diygod.me/no-gray/");
		assertThat(mourning.title()).isEqualTo("哀悼不应如此简单粗暴");
		assertThat(mourning.modules()).containsExactly("dynamics");
		assertThat(mourning.categories()).containsExactly("news-flash");
		assertThat(mourning.type()).isEqualTo("news");
		assertThat(mourning.url()).isEqualTo("https://diygod.me/no-gray/");
		assertThat(mourning.issued()).isEqualTo("2020-04-04");
		assertThat(mourning.year()).isEqualTo(2020);
		assertThat(mourning.language()).isEqualTo("zh-CN");
		assertThat(mourning.library()).isEqualTo("北海市图书馆");
		assertThat(mourning.description()).isNotBlank().doesNotContain("<p>");
		assertThat(mourning.fullText()).isNull();
		assertThat(mourning.workKey()).isNotBlank();
		assertThat(mourning.provenance().format()).isEqualTo("atom_1.0");
		assertThat(document(source.id(), "https://diygod.me/animal-crossing/").subjects()).containsExactly("日记本");
		String itemKey = RawObjectKeys.of(source.id(), "https://diygod.me/no-gray/", "json");
		assertThat(mourning.provenance().rawKey()).isEqualTo(itemKey);
		assertThat(new String(this.objectStore.get(itemKey).orElseThrow(), StandardCharsets.UTF_8))
			.contains("\"guidOrLink\":\"https://diygod.me/no-gray/\"", "哀悼不应如此简单粗暴", "\"category\":\"news-flash\"");
		List<StoredObject> documents = feedDocuments(source.id());
		assertThat(documents).singleElement()
			.satisfies((stored) -> assertThat(this.objectStore.get(stored.key()).orElseThrow()).isEqualTo(feed));

		HarvestRun unchanged = this.harvests.runAndWait(source.id());

		assertThat(this.server.requests("/atom.xml").get(1).header("If-None-Match")).isEqualTo("\"diygod-1\"");
		assertThat(this.server.requests("/atom.xml").get(1).header("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
		assertThat(unchanged.exitCode()).isEqualTo("COMPLETED");
		assertThat(unchanged.exitDescription()).contains("HTTP 304");
		assertThat(unchanged.read()).isZero();
		assertThat(unchanged.written()).isZero();
		assertThat(feedDocuments(source.id())).hasSize(1);
		assertThat(count(source.id())).isEqualTo(20);

		HarvestRun full = this.harvests.runAndWait(source.id(), HarvestMode.FULL);

		assertThat(this.server.requests("/atom.xml").get(2).header("If-None-Match")).isNull();
		assertThat(full.exitCode()).isEqualTo("COMPLETED");
		assertThat(full.written()).isEqualTo(20);
		assertThat(count(source.id())).isEqualTo(20);
		assertThat(feedDocuments(source.id())).hasSize(2);
		assertThat(this.objectStore.list(RawKeys.prefix(source.id()))).hasSize(20 + 2);
	}

	@Test
	void aFeedThatChangedIsFetchedAgainAndItsNewValidatorsAreKept() throws Exception {
		this.server.serve("/gbk.xml", rss("北海文旅", "北海老街夜市开市", "涠洲岛旅游攻略"), "application/rss+xml",
				"\"v1\"", null);
		HarvestSource source = register("/gbk.xml", "travel-guide");
		assertThat(this.harvests.runAndWait(source.id()).written()).isEqualTo(2);

		this.server.serve("/gbk.xml", rss("北海文旅", "北海老街夜市开市", "涠洲岛旅游攻略", "银滩冬季游玩指南"),
				"application/rss+xml", "\"v2\"", null);
		HarvestRun changed = this.harvests.runAndWait(source.id());

		assertThat(this.server.requests("/gbk.xml").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
		assertThat(changed.written()).isEqualTo(3);
		assertThat(count(source.id())).isEqualTo(3);
		PortalRecord guide = document(source.id(), "https://news.example.cn/beihai/3");
		assertThat(guide.title()).isEqualTo("银滩冬季游玩指南");
		assertThat(guide.type()).isEqualTo("travel-guide");
		assertThat(guide.categories()).containsExactly("travel-guide");
		assertThat(guide.places()).extracting(cn.beibugulf.roadtosea.record.Place::name).contains("北海");

		HarvestRun again = this.harvests.runAndWait(source.id());
		assertThat(this.server.requests("/gbk.xml").get(2).header("If-None-Match")).isEqualTo("\"v2\"");
		assertThat(again.read()).isZero();
	}

	@Test
	void aFeedThatDeclaresGbkOverUtf8BytesIsReadAsUtf8() throws Exception {
		byte[] feed = Files.readAllBytes(SharedSamples.file("feeds", "zh_rss_decl_gbk_but_utf8_bytes.xml"));
		this.server.serve("/decl-gbk.xml", feed, "application/rss+xml;charset= \"us-ascii\"");
		HarvestSource source = register("/decl-gbk.xml", "commentary");

		HarvestRun run = this.harvests.runAndWait(source.id());

		// a channel without items: read, nothing to index, and the lying labels are no failure
		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.read()).isZero();
		assertThat(this.harvests.failures(source.id())).isEmpty();
		assertThat(feedDocuments(source.id())).singleElement()
			.satisfies((stored) -> assertThat(this.objectStore.stat(stored.key()).orElseThrow().contentType())
				.startsWith("application/rss+xml"));
	}

	@Test
	void itemsInAGbkEncodedFeedKeepTheirChineseTitles() throws Exception {
		this.server.serve("/gbk-bytes.xml", rss("钦州文旅", "钦州坭兴陶文化节开幕", "三娘湾观海豚"),
				"application/rss+xml");
		HarvestSource source = register("/gbk-bytes.xml", "news-flash");

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(document(source.id(), "https://news.example.cn/beihai/1").title()).isEqualTo("钦州坭兴陶文化节开幕");
		assertThat(document(source.id(), "https://news.example.cn/beihai/2").title()).isEqualTo("三娘湾观海豚");
	}

	@Test
	void anHtmlPageInsteadOfAFeedFailsTheRunWithTheReason() throws Exception {
		byte[] page = Files.readAllBytes(SharedSamples.file("feeds", "BROKEN_zh_hexun_feed_url_returns_gb2312_html.xml"));
		this.server.serve("/hexun.xml", page, "text/html");
		HarvestSource source = register("/hexun.xml", "news-flash");

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("FAILED");
		assertThat(run.exitDescription()).isEqualTo("GET " + this.server.url("/hexun.xml")
				+ " did not return a readable feed: no encoding is declared (so UTF-8 applies), but the bytes do not "
				+ "decode as that: decoded as GB18030 (detected); not a feed: HTML page titled “和讯博客 -- 系统维护中”");
		assertThat(count(source.id())).isZero();
		assertThat(this.harvests.failures(source.id())).singleElement().satisfies((failure) -> {
			assertThat(failure.stage()).isEqualTo(FailureStage.READ);
			assertThat(failure.reason()).isEqualTo(run.exitDescription());
		});
		assertThat(this.harvests.state(source.id()))
			.hasValueSatisfying((state) -> assertThat(state.lastStatus()).isEqualTo("FAILED"));
		// the page is kept for curators to see what the server sent
		assertThat(feedDocuments(source.id())).hasSize(1);
	}

	@Test
	void itemsTheReaderCannotReadAreSkippedAndRecordedWithTheirReason() throws Exception {
		String feed = """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>防城港新闻</title><link>https://news.example.cn/</link>
				<item><title>京族哈节开幕</title><link>https://news.example.cn/fcg/1</link><guid>fcg-1</guid></item>
				<item><title>京族哈节开幕（重复）</title><link>https://news.example.cn/fcg/1b</link><guid>fcg-1</guid></item>
				<item><guid>fcg-empty</guid></item>
				<item><title>东兴口岸通关</title><link>https://news.example.cn/fcg/2</link><guid>fcg-2</guid></item>
				</channel></rss>
				""";
		this.server.serve("/fcg.xml", feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
		HarvestSource source = register("/fcg.xml", "emergency");

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.read()).isEqualTo(4);
		assertThat(run.written()).isEqualTo(2);
		assertThat(run.skipped()).isEqualTo(2);
		assertThat(count(source.id())).isEqualTo(2);
		assertThat(document(source.id(), "fcg-1").title()).isEqualTo("京族哈节开幕");
		List<HarvestFailure> failures = this.harvests.failures(run.executionId());
		assertThat(failures).hasSize(2).allSatisfy((failure) -> assertThat(failure.stage()).isEqualTo(FailureStage.MAP));
		assertThat(failures).extracting(HarvestFailure::reason)
			.containsExactlyInAnyOrder("same guid or link as item 1: duplicate skipped", "no title and no text: item skipped");
	}

	@Test
	void aFeedSourceMustNameAKnownCategory() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.harvests.register(HarvestSource.feed("feed-nocat", "无类目", this.server.url("/x.xml"),
					null, null, null, List.of())))
			.withMessageContaining("needs its Dynamics category code in setSpec");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.harvests.register(HarvestSource.feed("feed-badcat", "错类目", this.server.url("/x.xml"),
					"weather", null, null, List.of())))
			.withMessageContaining("unknown feed category 'weather'");
		assertThat(this.harvests.source("feed-badcat")).isEmpty();
	}

	/** An RSS 2.0 feed encoded in GBK, its items numbered from 1. */
	private static byte[] rss(String channel, String... titles) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"GBK\"?>\n<rss version=\"2.0\"><channel><title>")
			.append(channel)
			.append("</title><link>https://news.example.cn/</link><language>zh-cn</language>\n");
		for (int i = 0; i < titles.length; i++) {
			xml.append("<item><title>")
				.append(titles[i])
				.append("</title><link>https://news.example.cn/beihai/")
				.append(i + 1)
				.append("</link><description>北海市")
				.append(titles[i])
				.append("，欢迎游客前来。</description><pubDate>Mon, 0")
				.append(i + 1)
				.append(" Dec 2025 08:00:00 +0800</pubDate></item>\n");
		}
		xml.append("</channel></rss>\n");
		return xml.toString().getBytes(Charset.forName("GBK"));
	}

	private HarvestSource register(String path, String category) {
		String id = "feed-" + SOURCES.incrementAndGet();
		return this.harvests.register(HarvestSource.feed(id, "测试动态 " + id, this.server.url(path), category,
				"北海市图书馆", "北海", List.of("sightseeing")));
	}

	private List<StoredObject> feedDocuments(String sourceId) {
		return this.objectStore.list(RawKeys.prefix(sourceId) + "feed-");
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

}
