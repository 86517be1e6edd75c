package cn.beibugulf.roadtosea.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

import static org.assertj.core.api.Assertions.assertThat;

class FeedDecoderTests {

	private static final String TITLE = "北海老街 文旅快讯";

	private final FeedDecoder decoder = new FeedDecoder();

	@Test
	void usesTheByteOrderMarkAndDropsItWithTheDeclaration() {
		byte[] utf16 = concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				rss("UTF-16", TITLE).getBytes(StandardCharsets.UTF_16LE));

		DecodedFeed decoded = this.decoder.decode(utf16);

		assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(decoded.charsetSource()).isEqualTo("BOM");
		assertThat(decoded.xml()).startsWith("<rss").contains(TITLE);
		assertThat(decoded.problems()).isEmpty();
	}

	@Test
	void followsAnHonestDeclaration() {
		DecodedFeed decoded = this.decoder.decode(rss("GBK", TITLE).getBytes(Charset.forName("GBK")));

		assertThat(decoded.xml()).contains(TITLE);
		assertThat(decoded.charsetSource()).isEqualTo("declaration");
		assertThat(decoded.problems()).isEmpty();
	}

	@Test
	void believesUtf8BytesOverADeclarationThatSaysGbk() {
		DecodedFeed decoded = this.decoder.decode(rss("gbk", TITLE).getBytes(StandardCharsets.UTF_8));

		assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(decoded.xml()).contains(TITLE);
		assertThat(decoded.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.stage()).isEqualTo(ReadStage.DECODE))
			.extracting(ReadError::reason)
			.asString()
			.contains("encoding=gbk", "bytes are UTF-8");
	}

	@Test
	void prefersTheHttpCharsetToTheDeclaration() {
		String title = "北海市圖書館 文旅快訊";
		byte[] big5 = rss("GBK", title).getBytes(Charset.forName("Big5"));

		DecodedFeed decoded = this.decoder.decode(big5, "application/rss+xml; charset=Big5");

		assertThat(decoded.charsetSource()).isEqualTo("HTTP");
		assertThat(decoded.xml()).contains(title);
	}

	@Test
	void letsTheDeclarationOverruleAWesternHttpDefault() {
		byte[] gbk = rss("GB2312", TITLE).getBytes(Charset.forName("GBK"));

		DecodedFeed decoded = this.decoder.decode(gbk, "text/xml; charset=ISO-8859-1");

		assertThat(decoded.charsetSource()).isEqualTo("declaration");
		assertThat(decoded.xml()).contains(TITLE);
	}

	@Test
	void seesChineseBehindAWesternLabel() {
		byte[] gbk = rss("ISO-8859-1", TITLE).getBytes(Charset.forName("GBK"));

		DecodedFeed decoded = this.decoder.decode(gbk);

		assertThat(decoded.xml()).contains(TITLE);
		assertThat(decoded.problems()).singleElement().extracting(ReadError::reason).asString()
			.contains("encoding=ISO-8859-1", "GB18030");
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			钦州港 一带一路 海上丝绸之路 | GB2312
			北海市圖書館 文旅快訊 | Big5
			Новости культуры Приморья | windows-1251
			Últimas Notícias de São Paulo | ISO-8859-1
			""")
	void detectsTheEncodingOfUndeclaredLegacyBytes(String title, String encoding) {
		byte[] bytes = rss(null, title).getBytes(Charset.forName(encoding));

		DecodedFeed decoded = this.decoder.decode(bytes);

		assertThat(decoded.xml()).contains(title);
		assertThat(decoded.charsetSource()).isEqualTo("detected");
		assertThat(decoded.problems()).singleElement().extracting(ReadError::reason).asString()
			.contains("no encoding is declared");
	}

	@Test
	void replacesTheFewBadBytesOfOtherwiseUtf8Text() {
		byte[] bytes = concat(rss("UTF-8", TITLE.repeat(5)).getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xE5 });

		DecodedFeed decoded = this.decoder.decode(bytes);

		assertThat(decoded.xml()).contains(TITLE).endsWith("\uFFFD");
		assertThat(decoded.problems()).singleElement().extracting(ReadError::reason).asString()
			.contains("1 invalid byte sequence");
	}

	@Test
	void dropsBlankLinesBeforeTheDeclarationAndKeepsStylesheets() {
		String xml = "\n\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet href=\"/rss.xsl\"?><rss/>";

		DecodedFeed decoded = this.decoder.decode(xml.getBytes(StandardCharsets.UTF_8));

		assertThat(decoded.xml()).isEqualTo("<?xml-stylesheet href=\"/rss.xsl\"?>\n<rss/>");
	}

	@Test
	void removesADoctypeWithoutInternalSubsetButKeepsOneWithEntities() {
		String netscape = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
				+ "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"/>";
		String entities = "<!DOCTYPE rss [<!ENTITY e \"x\">]><rss>&e;</rss>";

		assertThat(this.decoder.decode(netscape.getBytes(StandardCharsets.US_ASCII)).xml())
			.isEqualTo("<rss version=\"0.91\"/>");
		assertThat(this.decoder.decode(entities.getBytes(StandardCharsets.US_ASCII)).xml()).startsWith("<!DOCTYPE rss [");
	}

	@Test
	void repairsUndeclaredHtmlEntitiesOutsideCdataOnly() {
		String xml = "<rss><channel><title>A&nbsp;B &amp; C&mdash;D &bogus;</title>"
				+ "<description><![CDATA[x&nbsp;y]]></description></channel></rss>";

		DecodedFeed decoded = this.decoder.decode(xml.getBytes(StandardCharsets.UTF_8));

		assertThat(decoded.xml()).contains("A&#160;B &amp; C&#8212;D &bogus;").contains("<![CDATA[x&nbsp;y]]>");
		assertThat(decoded.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.stage()).isEqualTo(ReadStage.PARSE))
			.extracting(ReadError::reason)
			.asString()
			.contains("&nbsp; ×1", "&mdash; ×1");
	}

	@Test
	void rejectsAnHtmlPageNamingItsTitle() {
		String page = "\r\n<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\r\n"
				+ "<HTML><HEAD><title>和讯博客 -- 系统维护中</title></HEAD><BODY>维护</BODY></HTML>";

		DecodedFeed decoded = this.decoder.decode(page.getBytes(Charset.forName("GB2312")));

		assertThat(decoded.isFeed()).isFalse();
		assertThat(decoded.notAFeed()).isEqualTo("not a feed: HTML page titled “和讯博客 -- 系统维护中”");
		assertThat(decoded.xml()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			<html><body><script>window.location="/feed";</script></body></html> | not a feed: HTML page
			<title>EGOIST</title><p>See ya!</p>                              | not a feed: HTML page (a fragment starting with <title>) titled “EGOIST”
			broken xml                                                         | not a feed: text before any element (“broken xml”)
			<?xml version="1.0"?><OAI-PMH/>                                    | not a feed: the root element is <OAI-PMH>, not <rss>, <feed> or <rdf:RDF>
			'   '                                                              | not a feed: the document is empty or has no root element
			""")
	void rejectsWhatIsNotAFeed(String body, String reason) {
		assertThat(this.decoder.decode(body.getBytes(StandardCharsets.UTF_8)).notAFeed()).isEqualTo(reason);
	}

	@Test
	void acceptsEveryFeedRoot() {
		for (String root : new String[] { "<rss version=\"2.0\"/>", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>",
				"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>" }) {
			assertThat(this.decoder.decode(root.getBytes(StandardCharsets.UTF_8)).isFeed()).as(root).isTrue();
		}
	}

	private static String rss(String encoding, String title) {
		String declaration = (encoding != null) ? "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n" : "";
		return declaration + "<rss version=\"2.0\"><channel><title>" + title + "</title></channel></rss>";
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(first);
		out.writeBytes(second);
		return out.toByteArray();
	}

}
