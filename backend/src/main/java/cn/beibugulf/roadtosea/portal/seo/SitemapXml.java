package cn.beibugulf.roadtosea.portal.seo;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemap documents (sitemaps.org protocol 0.9) with a StAX writer, which escapes every
 * value.
 */
final class SitemapXml {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private SitemapXml() {
	}

	/** A {@code <urlset>}: one {@code <url>} per record. */
	static void urlSet(OutputStream out, List<SitemapEntry> entries, Function<String, String> recordUrl)
			throws XMLStreamException {
		XMLStreamWriter xml = start(out, "urlset");
		for (SitemapEntry entry : entries) {
			xml.writeStartElement("url");
			element(xml, "loc", recordUrl.apply(entry.id()));
			if (entry.lastModified() != null) {
				element(xml, "lastmod", entry.lastModified());
			}
			xml.writeEndElement();
		}
		end(xml);
	}

	/** A {@code <sitemapindex>} naming each page. */
	static void index(OutputStream out, List<String> pageUrls) throws XMLStreamException {
		XMLStreamWriter xml = start(out, "sitemapindex");
		for (String pageUrl : pageUrls) {
			xml.writeStartElement("sitemap");
			element(xml, "loc", pageUrl);
			xml.writeEndElement();
		}
		end(xml);
	}

	private static XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
		XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		xml.writeStartElement(root);
		xml.writeDefaultNamespace(NAMESPACE);
		return xml;
	}

	private static void end(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
