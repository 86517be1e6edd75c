package cn.beibugulf.roadtosea.ingest.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;
import cn.beibugulf.roadtosea.ingest.xml.HostileXml;
import cn.beibugulf.roadtosea.ingest.xml.SafeXml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FeedReaderTests {

	private static final FeedSource SOURCE = new FeedSource("beihai-news", URI.create("https://news.example.cn/feed.xml"),
			FeedCategory.NEWS_FLASH);

	private final FeedReader reader = new FeedReader();

	@Test
	void readsAnRss2ItemWithEverythingAPortalRecordNeeds() {
		FeedReadResult result = read("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
				     xmlns:content="http://purl.org/rss/1.0/modules/content/">
				<channel>
				  <title>北海文旅</title><link>https://news.example.cn/</link><language>zh-cn</language>
				  <item>
				    <title>北海老街 &amp; 侨港风情街 夜游攻略</title>
				    <link>/2024/05/night-tour.html?utm_source=rss</link>
				    <guid isPermaLink="false">beihai-2024-0501</guid>
				    <pubDate>Wed, 01 May 2024 08:30:00 +0800</pubDate>
				    <dc:creator>北海市文化广电体育和旅游局</dc:creator>
				    <category>旅游攻略</category><category>北海</category><category>旅游攻略</category>
				    <description>短摘要</description>
				    <content:encoded><![CDATA[<p onclick="steal()">老街<b>骑楼</b>建于1883年。</p>
				      <script>alert(1)</script><iframe src="https://evil.example/"></iframe>
				      <a href="javascript:alert(1)">点我</a> <a href="/map">地图</a><img src="pic.jpg" onerror="x()">]]></content:encoded>
				    <enclosure url="https://news.example.cn/audio/tour.mp3" length="1" type="audio/mpeg"/>
				  </item>
				</channel></rss>
				""");

		assertThat(result.errors()).isEmpty();
		assertThat(result.channel()).isNotNull();
		assertThat(result.channel().title()).isEqualTo("北海文旅");
		assertThat(result.channel().feedType()).isEqualTo("rss_2.0");
		assertThat(result.items()).singleElement().satisfies((item) -> {
			assertThat(item.guidOrLink()).isEqualTo("beihai-2024-0501");
			assertThat(item.link()).isEqualTo("https://news.example.cn/2024/05/night-tour.html?utm_source=rss");
			assertThat(item.title()).isEqualTo("北海老街 & 侨港风情街 夜游攻略");
			assertThat(item.publishedOrUpdated()).isEqualTo(Instant.parse("2024-05-01T00:30:00Z"));
			assertThat(item.authors()).containsExactly("北海市文化广电体育和旅游局");
			assertThat(item.categories()).containsExactly("旅游攻略", "北海");
			assertThat(item.language()).isEqualTo("zh-cn");
			assertThat(item.enclosureUrls()).containsExactly("https://news.example.cn/audio/tour.mp3");
			assertThat(item.sanitizedHtml()).contains("<b>骑楼</b>", "href=\"https://news.example.cn/map\"",
					"src=\"https://news.example.cn/2024/05/pic.jpg\"");
			assertThat(item.sanitizedHtml()).doesNotContainIgnoringCase("script")
				.doesNotContainIgnoringCase("iframe")
				.doesNotContain("onclick", "onerror", "javascript:", "evil.example");
			assertThat(item.plainText()).isEqualTo("老街骑楼建于1883年。 点我 地图");
		});
	}

	@Test
	void readsAnAtomEntryKeyedByItsId() {
		FeedReadResult result = read("""
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
				  <title>钦州文旅</title><id>urn:qinzhou</id><updated>2024-06-02T10:00:00+08:00</updated>
				  <link href="https://qz.example.cn/"/>
				  <entry>
				    <id>tag:qz.example.cn,2024:1</id>
				    <title type="html">三娘湾&lt;em&gt;观豚&lt;/em&gt;</title>
				    <link rel="alternate" href="https://qz.example.cn/posts/1"/>
				    <link rel="enclosure" href="https://qz.example.cn/v/1.mp4" type="video/mp4"/>
				    <updated>2024-06-02T10:00:00+08:00</updated>
				    <author><name>钦州市图书馆</name></author>
				    <category term="文明旅游"/>
				    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>请勿投喂</p></div></content>
				  </entry>
				</feed>
				""");

		assertThat(result.errors()).isEmpty();
		assertThat(result.items()).singleElement().satisfies((item) -> {
			assertThat(item.guidOrLink()).isEqualTo("tag:qz.example.cn,2024:1");
			assertThat(item.title()).isEqualTo("三娘湾观豚");
			assertThat(item.publishedOrUpdated()).isEqualTo(Instant.parse("2024-06-02T02:00:00Z"));
			assertThat(item.authors()).containsExactly("钦州市图书馆");
			assertThat(item.categories()).containsExactly("文明旅游");
			assertThat(item.enclosureUrls()).containsExactly("https://qz.example.cn/v/1.mp4");
			assertThat(item.plainText()).isEqualTo("请勿投喂");
		});
	}

	@Test
	void keysItemsWithoutGuidByTheirCanonicalLinkAndSkipsDuplicates() {
		FeedReadResult result = read(rssItems("""
				<item><title>一</title><link>HTTPS://News.Example.CN:443/a?id=1&amp;utm_medium=rss#top</link></item>
				<item><title>二</title><link>https://news.example.cn/a?id=1</link></item>
				<item><title>三</title><link>//news.example.cn/b</link></item>
				"""));

		assertThat(result.items()).extracting(FeedItem::guidOrLink)
			.containsExactly("https://news.example.cn/a?id=1", "https://news.example.cn/b");
		assertThat(result.errors()).singleElement().satisfies((error) -> {
			assertThat(error.where()).startsWith("item 2");
			assertThat(error.reason()).contains("same guid or link as item 1");
		});
	}

	@Test
	void recordsAnItemWithoutIdentifierAndKeepsTheOthers() {
		FeedReadResult result = read(rssItems("""
				<item><title>无链接</title><description>只有正文</description></item>
				<item><title>有链接</title><link>https://news.example.cn/ok</link></item>
				<item><link>https://news.example.cn/untitled</link><description>没有标题但有正文的条目</description></item>
				"""));

		assertThat(result.items()).extracting(FeedItem::title).containsExactly("有链接", "没有标题但有正文的条目");
		assertThat(result.errors()).extracting(ReadError::where, ReadError::stage)
			.containsExactly(tuple("item 1", ReadStage.MAP),
					tuple("item 3 (https://news.example.cn/untitled)", ReadStage.MAP));
	}

	@Test
	void readsRss1AndRss091() {
		FeedReadResult rdf = read("""
				<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
				  <channel rdf:about="https://lib.example.cn/"><title>馆讯</title><link>https://lib.example.cn/</link>
				    <items><rdf:Seq><rdf:li resource="https://lib.example.cn/1"/></rdf:Seq></items></channel>
				  <item rdf:about="https://lib.example.cn/1"><title>闭馆通知</title><link>https://lib.example.cn/1</link></item>
				</rdf:RDF>
				""");
		FeedReadResult rss091 = read("""
				<rss version="0.91"><channel><title>Dicas</title><link>https://d.example.br/</link>
				<language>pt-br</language><item><title>Expansão</title><link>https://d.example.br/1</link></item>
				</channel></rss>
				""");

		assertThat(rdf.channel().feedType()).isEqualTo("rss_1.0");
		assertThat(rdf.items()).extracting(FeedItem::title).containsExactly("闭馆通知");
		assertThat(rss091.channel().feedType()).startsWith("rss_0.91");
		assertThat(rss091.items()).extracting(FeedItem::language).containsExactly("pt-br");
	}

	@Test
	void readsHtmlEntitiesThatTheFeedNeverDeclared() {
		FeedReadResult result = read(rssItems("""
				<item><title>别睡，这里有蛇</title><link>https://book.example.cn/1</link>
				<author>[美]&nbsp;丹尼尔·埃弗里特</author></item>
				"""));

		assertThat(result.items()).singleElement().extracting(FeedItem::authors).asList()
			.containsExactly("[美] 丹尼尔·埃弗里特");
		assertThat(result.errors()).singleElement().extracting(ReadError::reason).asString().contains("&nbsp;");
	}

	@Test
	void readsTheChannelOfAnRssWithoutChannelElement() {
		FeedReadResult result = read("<rss version=\"2.0\"><title>《11月的蕭邦》</title></rss>");

		assertThat(result.channel().title()).isEqualTo("《11月的蕭邦》");
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().extracting(ReadError::reason).asString().contains("without <channel>");
	}

	@Test
	void recordsOneClearErrorForAnHtmlPageAndReadsNothing() {
		FeedReadResult result = read("<html><head><title>系统维护中</title></head><body/></html>");

		assertThat(result.channel()).isNull();
		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies((error) -> {
			assertThat(error.stage()).isEqualTo(ReadStage.DETECT);
			assertThat(error.reason()).isEqualTo("not a feed: HTML page titled “系统维护中”");
		});
	}

	@Test
	void recordsWhereAFeedStopsBeingWellFormed() {
		FeedReadResult result = read("<rss version=\"2.0\"><channel><title>Reuters</title>\n<item><title>x");

		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().satisfies((error) -> {
			assertThat(error.stage()).isEqualTo(ReadStage.PARSE);
			assertThat(error.reason()).startsWith("not well-formed XML at line 2");
		});
	}

	@Test
	void refusesAFeedWithAnExternalEntity() {
		String feed = HostileXml.PASSWD_ENTITY.replace("<x>&e;</x>",
				"<rss version=\"2.0\"><channel><title>&e;</title></channel></rss>").replace("DOCTYPE x", "DOCTYPE rss");

		FeedReadResult result = read(feed);

		assertThat(result.items()).isEmpty();
		assertThat(result.channel()).isNull();
		assertThat(result.errors()).singleElement().satisfies((error) -> {
			assertThat(error.stage()).isEqualTo(ReadStage.PARSE);
			assertThat(error.reason()).startsWith(SafeXml.DOCTYPE_REFUSED).doesNotContain("root:");
		});
	}

	@Test
	void refusesAFeedWithABillionLaughs() {
		String feed = HostileXml.BILLION_LAUGHS.replace("<x>&lol9;</x>",
				"<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>").replace("DOCTYPE x", "DOCTYPE rss");

		FeedReadResult result = read(feed);

		assertThat(result.items()).isEmpty();
		assertThat(result.errors()).singleElement().extracting(ReadError::reason).asString()
			.startsWith(SafeXml.DOCTYPE_REFUSED);
	}

	@Test
	void neverFetchesAnEntityFromAFeed() throws Exception {
		try (HostileXml hostile = HostileXml.start()) {
			FeedReadResult entity = read(hostile.remoteEntity().replace("<x>&e;</x>", "<rss><channel><title>&e;</title></channel></rss>"));
			FeedReadResult dtd = read(hostile.remoteDtd().replace("<x>&leaked;</x>", "<rss><channel><title>&leaked;</title></channel></rss>"));

			assertThat(entity.errors()).singleElement().extracting(ReadError::reason).asString()
				.startsWith(SafeXml.DOCTYPE_REFUSED);
			assertThat(dtd.errors()).isNotEmpty();
			assertThat(dtd.items()).isEmpty();
			assertThat(hostile.requests()).isZero();
		}
	}

	private FeedReadResult read(String xml) {
		return this.reader.read(xml.getBytes(StandardCharsets.UTF_8), SOURCE);
	}

	private static String rssItems(String items) {
		return "<rss version=\"2.0\"><channel><title>t</title><link>https://news.example.cn/</link>" + items
				+ "</channel></rss>";
	}

}
