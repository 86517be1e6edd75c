package cn.beibugulf.roadtosea.ingest.oai;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSOutput;
import org.w3c.dom.ls.LSSerializer;
import org.xml.sax.SAXException;

import cn.beibugulf.roadtosea.ingest.RawKeys;
import cn.beibugulf.roadtosea.ingest.job.RawObjectKeys;
import cn.beibugulf.roadtosea.ingest.xml.SafeXml;

/**
 * The raw XML of one chunk of OAI-PMH records, stored as one object: a well-formed document
 * {@code <records count="n">} holding every record's {@code <record>} element (header and metadata
 * exactly as {@link RawRecordXml} writes a record on its own, namespace declarations included), in
 * the order of the chunk, deleted records (tombstones) too.
 *
 * <p>
 * Why one object per chunk: one S3 PUT per record (request signing, one request, one small file)
 * was about half of the harvest's CPU outside Elasticsearch, and hundreds of thousands of tiny
 * objects are hard on any object store.
 *
 * <p>
 * The key is {@code raw/{sourceId}/bundles/{sha1 of the bundle's bytes}.xml}: content-addressed,
 * so a chunk written again after a crash or a restart (same records, same order) lands on the same
 * object and nothing is stored twice, and an object never changes once written (a record that
 * changes at the source makes a new bundle; the index then points there). A record's raw key is
 * {@code {bundle key}#{url-encoded identifier}} ({@link RawKeys#inBundle}); the
 * {@link cn.beibugulf.roadtosea.ingest.RawRecords} reader finds it again.
 */
public final class RawRecordBundle {

	/** The root element of a bundle (no namespace; every {@code <record>} declares its own). */
	static final String ROOT = "records";

	private final String key;

	private final byte[] bytes;

	private RawRecordBundle(String key, byte[] bytes) {
		this.key = key;
		this.bytes = bytes;
	}

	/** The bundle of a chunk's records, in their order. */
	public static RawRecordBundle of(String sourceId, List<OaiRecord> records) {
		int size = 64;
		for (OaiRecord record : records) {
			size += RawRecordXml.sizeOf(record);
		}
		StringBuilder xml = new StringBuilder(size);
		xml.append(RawRecordXml.DECLARATION).append('<').append(ROOT).append(" count=\"").append(records.size()).append("\">\n");
		for (OaiRecord record : records) {
			RawRecordXml.append(xml, record);
		}
		xml.append("</").append(ROOT).append(">\n");
		byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
		return new RawRecordBundle(RawKeys.bundle(sourceId, RawObjectKeys.sha1Hex(bytes)), bytes);
	}

	/** The object-storage key of the bundle. */
	public String key() {
		return this.key;
	}

	/** The bundle's bytes (UTF-8 XML). */
	public byte[] bytes() {
		return this.bytes;
	}

	/** The content type the bundle is stored with. */
	public static String contentType() {
		return RawRecordXml.CONTENT_TYPE;
	}

	/** The raw key of one of the bundle's records. */
	public String rawKeyOf(OaiRecord record) {
		return RawKeys.inBundle(this.key, record.identifier());
	}

	/**
	 * One record of a bundle.
	 * @param identifier the header identifier
	 * @param xml the {@code <record>} element as a UTF-8 XML document of its own
	 */
	public record RawRecord(String identifier, byte[] xml) {
	}

	/**
	 * Every record of a bundle, in the bundle's order, each as a document of its own.
	 * @throws IllegalArgumentException if the bundle is not well-formed XML or declares a DTD
	 */
	public static List<RawRecord> records(byte[] bundle) {
		List<RawRecord> records = new ArrayList<>();
		for (Element record : recordElements(bundle)) {
			records.add(new RawRecord(identifierOf(record), serialize(record)));
		}
		return records;
	}

	/**
	 * The record of a bundle with the identifier, as a UTF-8 XML document of its own; the last one
	 * if the chunk had the identifier twice (it is the one indexed).
	 * @throws IllegalArgumentException if the bundle is not well-formed XML or declares a DTD
	 */
	public static Optional<byte[]> record(byte[] bundle, String identifier) {
		Element found = null;
		for (Element record : recordElements(bundle)) {
			if (identifier.equals(identifierOf(record))) {
				found = record;
			}
		}
		return Optional.ofNullable(found).map(RawRecordBundle::serialize);
	}

	private static List<Element> recordElements(byte[] bundle) {
		Document document;
		try {
			document = SafeXml.documentBuilder().parse(new ByteArrayInputStream(bundle));
		}
		catch (SAXException | IOException ex) {
			throw new IllegalArgumentException("Unreadable raw record bundle: " + SafeXml.describe(ex), ex);
		}
		Element root = document.getDocumentElement();
		if (!ROOT.equals(root.getLocalName()) || root.getNamespaceURI() != null) {
			throw new IllegalArgumentException("Not a raw record bundle: the root element is <" + root.getTagName() + ">");
		}
		List<Element> records = new ArrayList<>();
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && isOai(element, "record")) {
				records.add(element);
			}
		}
		return records;
	}

	private static String identifierOf(Element record) {
		Element header = child(record, "header");
		Element identifier = (header != null) ? child(header, "identifier") : null;
		return (identifier != null) ? identifier.getTextContent() : "";
	}

	private static Element child(Element parent, String localName) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && isOai(element, localName)) {
				return element;
			}
		}
		return null;
	}

	private static boolean isOai(Element element, String localName) {
		return localName.equals(element.getLocalName()) && RawRecordXml.OAI_NAMESPACE.equals(element.getNamespaceURI());
	}

	/**
	 * The element as a document of its own. An LS serializer, unlike the identity transformer,
	 * keeps namespace declarations that repeat one in scope, so the record comes back with every
	 * declaration it was stored with (attribute order aside, which XML does not keep).
	 */
	private static byte[] serialize(Element record) {
		DOMImplementationLS ls = (DOMImplementationLS) record.getOwnerDocument().getImplementation();
		LSSerializer serializer = ls.createLSSerializer();
		LSOutput output = ls.createLSOutput();
		output.setEncoding("UTF-8");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		output.setByteStream(out);
		if (!serializer.write(record, output)) {
			throw new IllegalStateException("Cannot write a record of a raw bundle");
		}
		return out.toByteArray();
	}

}
