package cn.beibugulf.roadtosea.portal.seo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.discovery.DiscoveryCorpus;
import cn.beibugulf.roadtosea.portal.discovery.DiscoveryIntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import static cn.beibugulf.roadtosea.portal.PortalHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sitemap, robots.txt and JSON-LD on the real embedded node. The shared test context cuts the
 * sitemap every 4 records, so the 6 visible records make a sitemap index of two pages.
 */
class SeoIntegrationTests extends DiscoveryIntegrationTestSupport {

	private static final String BASE = "https://portal.example.org";

	private static Document parse(PortalHttp.Response response) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> texts(Document document, String element) {
		NodeList nodes = document.getElementsByTagNameNS(SitemapXml.NAMESPACE, element);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	@Test
	void sitemapIndexPagesListEveryVisibleRecordOnce() throws Exception {
		PortalHttp.Response index = this.http.get("/sitemap.xml");
		assertThat(index.status()).isEqualTo(200);
		assertThat(index.contentType()).startsWith("application/xml");
		Document indexDocument = parse(index);
		assertThat(indexDocument.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		assertThat(texts(indexDocument, "loc")).containsExactly(BASE + "/sitemap-1.xml", BASE + "/sitemap-2.xml");

		Map<String, String> lastModified = new LinkedHashMap<>();
		List<String> locations = new ArrayList<>();
		for (int page = 1; page <= 2; page++) {
			PortalHttp.Response response = this.http.get("/sitemap-" + page + ".xml");
			assertThat(response.status()).isEqualTo(200);
			Document document = parse(response);
			assertThat(document.getDocumentElement().getLocalName()).isEqualTo("urlset");
			assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapXml.NAMESPACE);
			NodeList urls = document.getElementsByTagNameNS(SitemapXml.NAMESPACE, "url");
			assertThat(urls.getLength()).isEqualTo(page == 1 ? 4 : 2);
			for (int i = 0; i < urls.getLength(); i++) {
				Element url = (Element) urls.item(i);
				String loc = url.getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc").item(0).getTextContent();
				locations.add(loc);
				NodeList lastmod = url.getElementsByTagNameNS(SitemapXml.NAMESPACE, "lastmod");
				lastModified.put(loc, lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent());
			}
		}
		assertThat(locations).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					DiscoveryCorpus.VISIBLE.stream().map(id -> BASE + "/records/" + id).toList());
		assertThat(lastModified.get(BASE + "/records/d:1")).isEqualTo("2026-01-02T03:04:05Z");
		assertThat(lastModified.get(BASE + "/records/d:8")).isNull();

		assertThat(this.http.get("/sitemap-3.xml").status()).isEqualTo(404);
		assertThat(this.http.get("/sitemap-0.xml").status()).isEqualTo(404);
	}

	@Test
	void robotsPointsAtTheSitemap() {
		PortalHttp.Response robots = this.http.get("/robots.txt");
		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.contentType()).startsWith("text/plain");
		assertThat(robots.body()).contains("User-agent: *", "Sitemap: " + BASE + "/sitemap.xml")
			.doesNotContain("Disallow: /\n");
	}

	@Test
	void jsonLdDescribesARecordForItsPage() {
		PortalHttp.Response book = this.http.get("/api/records-jsonld?id=" + encode(DiscoveryCorpus.SILK_ROAD));
		assertThat(book.status()).isEqualTo(200);
		assertThat(book.contentType()).startsWith("application/ld+json");
		JsonNode json = book.json();
		assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(json.get("@type").asString()).isEqualTo("Book");
		assertThat(json.get("name").asString()).isEqualTo("Maritime Silk Road and the Beibu Gulf");
		assertThat(json.get("url").asString()).isEqualTo(BASE + "/records/d:2");
		assertThat(json.get("author").get(1).get("name").asString()).isEqualTo("王芳");
		assertThat(json.get("publisher").get("name").asString()).isEqualTo("广西壮族自治区图书馆");
		assertThat(json.get("inLanguage").asString()).isEqualTo("en");

		assertThat(this.http.get("/api/records-jsonld?id=" + encode(DiscoveryCorpus.NEWS)).json().get("@type").asString())
			.isEqualTo("NewsArticle");
		assertThat(this.http.get("/api/records-jsonld?id=" + encode(DiscoveryCorpus.IMAGE)).json().get("@type").asString())
			.isEqualTo("ImageObject");
		JsonNode beihai = this.http.get("/api/records-jsonld?id=" + encode(DiscoveryCorpus.BEIHAI)).json();
		assertThat(beihai.get("@type").asString()).isEqualTo("Article");
		assertThat(beihai.get("contentLocation").get(0).get("name").asString()).isEqualTo("北海");
		assertThat(beihai.get("datePublished").asString()).isEqualTo("2019-03-24");
	}

	@Test
	void jsonLdIsSafeInsideAScriptElementAndHidesHiddenRecords() {
		PortalHttp.Response special = this.http.get("/api/records-jsonld?id=" + encode(DiscoveryCorpus.SPECIAL));
		assertThat(special.body()).doesNotContain("<", ">", "&").contains("\\u0026");
		assertThat(special.json().get("author").get(1).get("name").asString()).isEqualTo("O'Brien & Sons");
		assertThat(special.json().get("@type").asString()).isEqualTo("Report");
		PortalHttp.Response hidden = this.http.get("/api/records-jsonld?id=" + encode(DiscoveryCorpus.HIDDEN));
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.contentType()).startsWith("application/problem+json");
	}

}
