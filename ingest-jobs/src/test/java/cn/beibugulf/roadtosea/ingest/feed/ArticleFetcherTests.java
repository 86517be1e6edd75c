package cn.beibugulf.roadtosea.ingest.feed;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.html.ArticleText;
import cn.beibugulf.roadtosea.ingest.http.HostThrottle;
import cn.beibugulf.roadtosea.ingest.http.HttpFetchSettings;
import cn.beibugulf.roadtosea.ingest.http.HttpFetcher;
import cn.beibugulf.roadtosea.ingest.http.TestHttpServer;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFetcherTests {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html><head><title>北海老街</title><script>var tracking = "脚本内容";</script></head>
			<body>
			<header><a href="/">首页</a> <a href="/news">新闻</a> 网站导航栏目很多很多很多很多很多很多很多很多很多很多很多很多很多很多</header>
			<nav><ul><li><a href="/a">文旅快讯</a></li><li><a href="/b">旅游攻略</a></li><li>导航链接导航链接导航链接导航链接导航链接导航链接导航链接</li></ul></nav>
			<div class="layout">
			  <aside><p>热门排行：侧栏文字侧栏文字侧栏文字侧栏文字侧栏文字侧栏文字侧栏文字侧栏文字侧栏文字侧栏文字侧栏文字</p></aside>
			  <div class="article">
			    <h1>北海老街焕发新活力</h1>
			    <p>北海老街始建于1883年，全长1.44公里，是中西合璧的骑楼式建筑群，被誉为“近现代建筑年鉴”。</p>
			    <p>近年来，老街以文旅融合为抓手，修缮历史建筑，引入非遗展示和特色小吃，吸引了大量游客。</p>
			    <p>夜幕降临，珠海路上灯火通明，游客漫步其间，感受百年商埠的历史底蕴。</p>
			  </div>
			</div>
			<footer>版权所有 © 北海市文化广电体育和旅游局 备案号 桂ICP备00000000号 页脚文字页脚文字页脚文字</footer>
			</body></html>
			""";

	private final TestHttpServer server = TestHttpServer.start();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void extractsTheArticleBodyWithoutNavigationHeaderFooterSidebarOrScript() {
		String text = ArticleText.extract(Jsoup.parse(PAGE));

		assertThat(text).startsWith("北海老街焕发新活力\n\n北海老街始建于1883年")
			.contains("修缮历史建筑", "百年商埠的历史底蕴")
			.doesNotContain("网站导航", "导航链接", "侧栏文字", "版权所有", "脚本内容");
	}

	@Test
	void fetchesThePageInTheCharsetTheServerNames() {
		Charset gbk = Charset.forName("GBK");
		this.server.serve("/news/1.html", PAGE.getBytes(gbk), "text/html; charset=GBK");

		ArticleFetcher fetcher = fetcher(Duration.ZERO);

		assertThat(fetcher.fullText(this.server.url("/news/1.html"))).hasValueSatisfying(
				(text) -> assertThat(text).contains("骑楼式建筑群").doesNotContain("侧栏文字"));
	}

	@Test
	void aPageThatCannotBeHadOnlyCostsTheFullText() {
		this.server.serve("/photo.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8 }, "image/jpeg");
		ArticleFetcher fetcher = fetcher(Duration.ZERO);

		assertThat(fetcher.fullText(this.server.url("/missing.html"))).isEmpty();
		assertThat(fetcher.fullText(this.server.url("/photo.jpg"))).isEmpty();
		assertThat(fetcher.fullText("mailto:editor@example.org")).isEmpty();
		assertThat(this.server.requests("/missing.html")).hasSize(1);
	}

	@Test
	void spacesTheRequestsToEachHost() {
		Clock fixed = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
		HostThrottle throttle = new HostThrottle(Duration.ofSeconds(2), fixed);

		assertThat(throttle.reserve("diygod.me")).isZero();
		assertThat(throttle.reserve("DIYgod.me".toLowerCase())).isEqualTo(Duration.ofSeconds(2));
		assertThat(throttle.reserve("diygod.me")).isEqualTo(Duration.ofSeconds(4));
		assertThat(throttle.reserve("www.beihai.gov.cn")).isZero();
	}

	@Test
	void waitsForTheHostsTurnBeforeFetching() {
		this.server.serve("/a.html", PAGE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
		ArticleFetcher fetcher = fetcher(Duration.ofMillis(400));

		long start = System.nanoTime();
		assertThat(fetcher.fullText(this.server.url("/a.html"))).isPresent();
		assertThat(fetcher.fullText(this.server.url("/a.html"))).isPresent();

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
		assertThat(this.server.requests("/a.html")).hasSize(2);
	}

	private static ArticleFetcher fetcher(Duration delay) {
		HttpFetchSettings settings = new HttpFetchSettings(1, Duration.ofMillis(10), Duration.ofSeconds(1),
				Duration.ofSeconds(5), Duration.ofSeconds(10), "RoadToTheSea-Test");
		return new ArticleFetcher(new HttpFetcher(settings, Clock.systemUTC()), new HostThrottle(delay, Clock.systemUTC()),
				1024 * 1024);
	}

}
