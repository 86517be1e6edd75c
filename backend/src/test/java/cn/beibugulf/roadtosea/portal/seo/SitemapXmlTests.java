package cn.beibugulf.roadtosea.portal.seo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

class SitemapXmlTests {

	@Test
	void urlSetEscapesWhatItWrites() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SitemapXml.urlSet(out, List.of(new SitemapEntry("a:1&b=<2>", "2026-01-02T03:04:05Z"), new SitemapEntry("北海:1", null)),
				id -> "https://portal.example.org/records/" + id);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapXml.NAMESPACE);
		assertThat(document.getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc").item(0).getTextContent())
			.isEqualTo("https://portal.example.org/records/a:1&b=<2>");
		assertThat(document.getElementsByTagNameNS(SitemapXml.NAMESPACE, "lastmod").getLength()).isEqualTo(1);
	}

	@Test
	void lastModifiedIsAW3cDateTime() {
		assertThat(SitemapRecords.lastModified(Map.of("provenance", Map.of("harvestedAt", "2026-01-02T11:04:05+08:00"))))
			.isEqualTo("2026-01-02T03:04:05Z");
		assertThat(SitemapRecords.lastModified(Map.of("provenance", Map.of("harvestedAt", "1767323045000"))))
			.isEqualTo("2026-01-02T03:04:05Z");
		assertThat(SitemapRecords.lastModified(Map.of("provenance", Map.of("harvestedAt", "yesterday")))).isNull();
		assertThat(SitemapRecords.lastModified(Map.of())).isNull();
	}

}
