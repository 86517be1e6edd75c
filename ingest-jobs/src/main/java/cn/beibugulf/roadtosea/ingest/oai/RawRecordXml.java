package cn.beibugulf.roadtosea.ingest.oai;

import java.nio.charset.StandardCharsets;

import cn.beibugulf.roadtosea.ingest.XmlText;

/**
 * The document stored as a record's raw bytes: an OAI-PMH {@code <record>} with its header (so a
 * rebuild knows identifier, datestamp, sets and deletion) and the metadata exactly as harvested.
 * Namespaces that repositories often declare only on their response's root element are declared
 * on {@code <record>}, so the element is well-formed on its own: as a document of its own, or as
 * one of the records of a chunk's {@link RawRecordBundle}.
 */
final class RawRecordXml {

	static final String CONTENT_TYPE = "application/xml; charset=utf-8";

	static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	/** The OAI-PMH namespace, the default namespace of every {@code <record>}. */
	static final String OAI_NAMESPACE = "http://www.openarchives.org/OAI/2.0/";

	private RawRecordXml() {
	}

	/** The record as a document of its own. */
	static byte[] of(OaiRecord record) {
		StringBuilder xml = new StringBuilder(300 + sizeOf(record));
		xml.append(DECLARATION);
		append(xml, record);
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A rough size of the record's XML, to size buffers. */
	static int sizeOf(OaiRecord record) {
		return 256 + ((record.metadataXml() != null) ? record.metadataXml().length() : 0);
	}

	/** Appends the {@code <record>} element (without an XML declaration) and a line break. */
	static void append(StringBuilder xml, OaiRecord record) {
		xml.append("<record xmlns=\"").append(OAI_NAMESPACE).append('"')
			.append(" xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\"")
			.append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
			.append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
			.append(" metadataPrefix=\"").append(escape(record.metadataPrefix())).append("\">\n")
			.append("  <header").append(record.deleted() ? " status=\"deleted\"" : "").append(">\n")
			.append("    <identifier>").append(escape(record.identifier())).append("</identifier>\n");
		if (record.datestamp() != null) {
			xml.append("    <datestamp>").append(record.datestampText()).append("</datestamp>\n");
		}
		for (String setSpec : record.setSpecs()) {
			xml.append("    <setSpec>").append(escape(setSpec)).append("</setSpec>\n");
		}
		xml.append("  </header>\n");
		if (record.metadataXml() != null) {
			xml.append("  <metadata>").append(record.metadataXml()).append("</metadata>\n");
		}
		xml.append("</record>\n");
	}

	private static String escape(String text) {
		return XmlText.escape(text);
	}

}
