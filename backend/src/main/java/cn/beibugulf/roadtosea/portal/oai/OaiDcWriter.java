package cn.beibugulf.roadtosea.portal.oai;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import cn.beibugulf.roadtosea.record.EventDate;
import cn.beibugulf.roadtosea.record.Place;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.RecordFile;

/**
 * A portal record as simple Dublin Core ({@code oai_dc}).
 *
 * <table>
 * <tr><th>portal record</th><th>Dublin Core</th></tr>
 * <tr><td>title, altTitles</td><td>title (the portal title first)</td></tr>
 * <tr><td>creators</td><td>creator</td></tr>
 * <tr><td>subjects</td><td>subject</td></tr>
 * <tr><td>description</td><td>description</td></tr>
 * <tr><td>library</td><td>publisher</td></tr>
 * <tr><td>issued</td><td>date ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd})</td></tr>
 * <tr><td>type</td><td>type (the portal's type code, e.g. {@code article})</td></tr>
 * <tr><td>files</td><td>format (their media types)</td></tr>
 * <tr><td>the record page, url</td><td>identifier (the portal page first, then the source's
 * address)</td></tr>
 * <tr><td>language</td><td>language</td></tr>
 * <tr><td>related</td><td>relation</td></tr>
 * <tr><td>places, eventDate</td><td>coverage (place names, then the period {@code from/to})</td></tr>
 * <tr><td>rights</td><td>rights</td></tr>
 * </table>
 */
final class OaiDcWriter {

	static final String PREFIX = "oai_dc";

	static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";

	static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

	static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";

	private OaiDcWriter() {
	}

	static byte[] write(PortalRecord record, String recordPage) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = MetadataXml.open(out);
			xml.setPrefix(PREFIX, NAMESPACE);
			xml.setPrefix("dc", DC_NAMESPACE);
			xml.setPrefix("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
			xml.writeStartElement(PREFIX, "dc", NAMESPACE);
			xml.writeNamespace(PREFIX, NAMESPACE);
			xml.writeNamespace("dc", DC_NAMESPACE);
			xml.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
			xml.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation",
					NAMESPACE + " " + SCHEMA);
			element(xml, "title", record.title());
			record.altTitles().forEach(title -> element(xml, "title", title));
			record.creators().forEach(creator -> element(xml, "creator", creator));
			record.subjects().forEach(subject -> element(xml, "subject", subject));
			element(xml, "description", record.description());
			element(xml, "publisher", record.library());
			element(xml, "date", record.issued());
			element(xml, "type", record.type());
			distinct(record.files().stream().map(RecordFile::mime).toList())
				.forEach(mime -> element(xml, "format", mime));
			distinct(identifiers(record, recordPage)).forEach(identifier -> element(xml, "identifier", identifier));
			element(xml, "language", record.language());
			record.related().forEach(related -> element(xml, "relation", related));
			distinct(coverage(record)).forEach(coverage -> element(xml, "coverage", coverage));
			element(xml, "rights", record.rights());
			xml.writeEndElement();
			MetadataXml.close(xml);
		}
		catch (XMLStreamException ex) {
			throw new MetadataXml.WriteException(record.id(), ex);
		}
		return out.toByteArray();
	}

	private static List<String> identifiers(PortalRecord record, String recordPage) {
		List<String> identifiers = new ArrayList<>();
		identifiers.add(recordPage);
		identifiers.add(record.url());
		return identifiers;
	}

	private static List<String> coverage(PortalRecord record) {
		List<String> coverage = new ArrayList<>(record.places().stream().map(Place::name).toList());
		EventDate period = record.eventDate();
		if (period != null && period.from() != null) {
			coverage.add((period.to() != null && !period.to().equals(period.from())) ? period.from() + "/" + period.to()
					: period.from());
		}
		return coverage;
	}

	private static List<String> distinct(List<String> values) {
		return List.copyOf(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList()));
	}

	private static void element(XMLStreamWriter xml, String name, String value) {
		MetadataXml.element(xml, DC_NAMESPACE, name, value);
	}

}
