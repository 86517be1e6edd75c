package cn.beibugulf.roadtosea.ingest.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.SharedSamples;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link WebPageReader} on the real pages of the shared samples and on hostile or mislabelled ones. */
class WebsitePageReadingTests {

	@Test
	void readsTheRealJuejinArticle() throws IOException {
		WebPage page = read("zh_html_juejin_article_ssr.html", "text/html; charset=utf-8", "https://juejin.cn/post/1");

		assertThat(page.title()).contains("一文读懂Flutter的三棵树渲染机制和原理");
		assertThat(page.mainText()).contains("Widget", "Element", "RenderObject").containsPattern("[\\u4e00-\\u9fff]{20}");
		assertThat(page.mainText()).doesNotContain("window.__NUXT__", "function(");
		assertThat(page.language()).isEqualTo("zh");
		assertThat(page.charset()).startsWith("UTF-8");
	}

	@Test
	void readsTheRealWoshipmArticleEvenWhenTheServerSaysGbk() throws IOException {
		WebPage page = read("zh_html_woshipm_article.html", "text/html; charset=GBK", "https://www.woshipm.com/pd/1.html");

		assertThat(page.title()).contains("你为用户做总结了吗");
		assertThat(page.description()).startsWith("编辑导语：每到年末之际");
		assertThat(page.mainText()).contains("年终总结").doesNotContain("\uFFFD");
		assertThat(page.charset()).startsWith("UTF-8");
	}

	@Test
	void readsPagesWithConflictingTypoOrUtf16Charsets() throws IOException {
		assertThat(read("html_conflicting_meta_charsets.html", "text/html", "https://example.org/a").mainText())
			.contains("وأعرب");
		WebPage typo = read("html_meta_charset_typo_uft8.html", "text/html", "https://martinfowler.com/articles/x.html");
		assertThat(typo.title()).contains("Goldman Sachs");
		WebPage utf16 = read("html_utf16le_meta_charset.html", null, "https://example.org/u");
		assertThat(utf16.title()).isEqualTo("Title");
		assertThat(utf16.mainText()).isEqualTo("This is a sample text");
		assertThat(utf16.charset()).startsWith("UTF-16LE");
	}

	@Test
	void detectsGbkWhenNothingNamesTheCharset() {
		String html = "<html><head><title>涠洲岛火山地质公园</title></head><body><div><p>涠洲岛是中国最年轻的火山岛，"
				+ "位于北部湾海域，岛上有火山口、海蚀洞和珊瑚礁，是广西最大的海岛。</p></div></body></html>";

		WebPage page = WebPageReader.read(html.getBytes(Charset.forName("GBK")), "text/html", "https://www.beihai.gov.cn/w");

		assertThat(page.title()).isEqualTo("涠洲岛火山地质公园");
		assertThat(page.mainText()).contains("最年轻的火山岛");
	}

	@Test
	void takesTheCanonicalUrlOfTheSameSiteOnlyAndTheArticleDate() {
		String html = """
				<html lang="zh-CN"><head><title>北海老街 | 北海文旅</title>
				<link rel="canonical" href="/news/laojie.html#top">
				<meta property="article:published_time" content="2024-05-01T08:30:00+08:00">
				<meta name="author" content="北海日报"><meta name="keywords" content="老街，骑楼, 文旅">
				</head><body><p>北海老街始建于1883年。</p></body></html>
				""";
		WebPage page = WebPageReader.read(html.getBytes(StandardCharsets.UTF_8), "text/html",
				"https://www.beihai.gov.cn/news/laojie.html?from=rss");

		assertThat(page.canonicalUrl()).isEqualTo("https://www.beihai.gov.cn/news/laojie.html");
		assertThat(page.published()).isEqualTo(Instant.parse("2024-05-01T00:30:00Z"));
		assertThat(page.authors()).containsExactly("北海日报");
		assertThat(page.keywords()).containsExactly("老街", "骑楼", "文旅");
		assertThat(page.language()).isEqualTo("zh");

		String foreign = html.replace("/news/laojie.html#top", "https://spam.example.com/x");
		assertThat(WebPageReader.read(foreign.getBytes(StandardCharsets.UTF_8), "text/html",
				"https://www.beihai.gov.cn/news/laojie.html").canonicalUrl())
			.isEqualTo("https://www.beihai.gov.cn/news/laojie.html");
	}

	@Test
	void hostileHtmlLeavesNoScriptInTextOrHtml() {
		String html = """
				<html><head><title>钦州坭兴陶</title><script>alert('head')</script></head><body>
				<div class="article"><p>坭兴陶是钦州的传统名陶，与宜兴紫砂、云南建水陶、四川荣昌陶并称中国四大名陶。</p>
				<img src="/a.jpg" onerror="alert('img')"><script>document.write('脚本正文')</script>
				<a href="javascript:alert('link')">点击</a><p onclick="steal()">烧制工艺独特，窑变色彩丰富。</p></div>
				</body></html>
				""";

		WebPage page = WebPageReader.read(html.getBytes(StandardCharsets.UTF_8), "text/html",
				"https://www.qinzhou.gov.cn/taoci.html");

		assertThat(page.mainText()).contains("四大名陶", "窑变色彩丰富").doesNotContain("脚本正文", "alert");
		assertThat(page.mainHtml()).contains("四大名陶", "https://www.qinzhou.gov.cn/a.jpg")
			.doesNotContainIgnoringCase("<script")
			.doesNotContain("onerror", "onclick", "javascript:");
	}

	private static WebPage read(String sample, String contentType, String url) throws IOException {
		byte[] bytes = Files.readAllBytes(SharedSamples.file("documents", sample));
		return WebPageReader.read(bytes, contentType, url);
	}

}
