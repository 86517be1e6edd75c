package cn.beibugulf.roadtosea.portal.oai;

import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import cn.beibugulf.roadtosea.record.Place;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;
import cn.beibugulf.roadtosea.record.RecordFile;

/**
 * A portal record in the portal's own format {@code rtts} (schema {@code /oai/rtts.xsd},
 * {@code backend/src/main/resources/oai/rtts.xsd}): the fields of {@link PortalRecord} one to one,
 * in the schema's order, less what exists for the search engine only ({@code pinyin},
 * {@code suggest}), the full text (the page links to it) and object-storage keys.
 */
final class NativeRecordWriter {

	static final String PREFIX = "rtts";

	static final String NAMESPACE = "https://roadtosea.beibugulf.cn/ns/rtts/1.0";

	/** Where the schema is served, relative to the portal's address. */
	static final String SCHEMA_PATH = "/oai/rtts.xsd";

	private NativeRecordWriter() {
	}

	static byte[] write(PortalRecord record, String recordPage, String schemaLocation) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = MetadataXml.open(out);
			xml.setPrefix(PREFIX, NAMESPACE);
			xml.setPrefix("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
			xml.writeStartElement(PREFIX, "record", NAMESPACE);
			xml.writeNamespace(PREFIX, NAMESPACE);
			xml.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
			xml.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation",
					NAMESPACE + " " + schemaLocation);
			element(xml, "id", record.id());
			element(xml, "page", recordPage);
			element(xml, "workKey", record.workKey());
			element(xml, "sourceId", record.sourceId());
			element(xml, "sourceIdentifier", record.sourceIdentifier());
			element(xml, "library", record.library());
			element(xml, "city", record.city());
			elements(xml, "module", record.modules());
			elements(xml, "theme", record.themes());
			elements(xml, "category", record.categories());
			element(xml, "type", record.type());
			element(xml, "title", record.title());
			elements(xml, "altTitle", record.altTitles());
			elements(xml, "creator", record.creators());
			elements(xml, "subject", record.subjects());
			element(xml, "description", record.description());
			element(xml, "language", record.language());
			element(xml, "issued", record.issued());
			element(xml, "year", (record.year() != null) ? record.year().toString() : null);
			if (record.eventDate() != null && record.eventDate().from() != null) {
				xml.writeStartElement(NAMESPACE, "eventDate");
				attribute(xml, "from", record.eventDate().from());
				attribute(xml, "to", record.eventDate().to());
				xml.writeEndElement();
			}
			for (Place place : record.places()) {
				if (place.name() == null || place.name().isBlank()) {
					continue;
				}
				xml.writeStartElement(NAMESPACE, "place");
				if (place.geo() != null) {
					attribute(xml, "lat", Double.toString(place.geo().lat()));
					attribute(xml, "lon", Double.toString(place.geo().lon()));
				}
				xml.writeCharacters(MetadataXml.xmlSafe(place.name()));
				xml.writeEndElement();
			}
			element(xml, "rights", record.rights());
			element(xml, "url", record.url());
			for (RecordFile file : record.files()) {
				xml.writeEmptyElement(NAMESPACE, "file");
				attribute(xml, "name", file.name());
				attribute(xml, "mime", file.mime());
				attribute(xml, "bytes", (file.bytes() != null) ? file.bytes().toString() : null);
			}
			elements(xml, "related", record.related());
			element(xml, "hasFullText", flag(record.hasFullText()));
			element(xml, "featured", flag(record.featured()));
			Provenance provenance = record.provenance();
			if (provenance != null) {
				xml.writeStartElement(NAMESPACE, "provenance");
				attribute(xml, "harvestedAt", provenance.harvestedAt());
				attribute(xml, "datestamp", provenance.datestamp());
				attribute(xml, "format", provenance.format());
				elements(xml, "setSpec", provenance.setSpecs());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			MetadataXml.close(xml);
		}
		catch (XMLStreamException ex) {
			throw new MetadataXml.WriteException(record.id(), ex);
		}
		return out.toByteArray();
	}

	private static String flag(Boolean value) {
		return (value != null) ? value.toString() : null;
	}

	private static void element(XMLStreamWriter xml, String name, String value) {
		MetadataXml.element(xml, NAMESPACE, name, value);
	}

	private static void elements(XMLStreamWriter xml, String name, List<String> values) {
		values.forEach(value -> element(xml, name, value));
	}

	private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		if (value != null && !value.isBlank()) {
			xml.writeAttribute(name, MetadataXml.xmlSafe(value));
		}
	}

}
