package cn.beibugulf.roadtosea.ingest.oai;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Dublin Core elements of an {@code oai_dc} record, in document order: element name (e.g.
 * {@code title}) to its non-blank values with white space collapsed.
 */
record DublinCore(Map<String, List<String>> elements) {

	static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";

	static final String OAI_DC_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";

	/**
	 * The namespaces an {@code oai_dc} fragment uses; declared on a wrapper element because a
	 * repository may declare them on its response's root element only, which the unparsed fragment
	 * does not carry.
	 */
	private static final String WRAPPER_START = "<metadata xmlns:oai_dc=\"" + OAI_DC_NAMESPACE + "\" xmlns:dc=\""
			+ DC_NAMESPACE + "\" xmlns:xsi=\"" + XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI + "\">";

	List<String> values(String element) {
		return this.elements.getOrDefault(element, List.of());
	}

	String first(String element) {
		List<String> values = values(element);
		return values.isEmpty() ? null : values.get(0);
	}

	/**
	 * Parses the content of an OAI-PMH {@code <metadata>} element.
	 * @throws CrosswalkException when it is not well-formed XML or holds no Dublin Core
	 */
	static DublinCore parse(String metadataXml) {
		if (metadataXml == null || metadataXml.isBlank()) {
			throw new CrosswalkException("the record has no metadata");
		}
		Element wrapper;
		try {
			String fragment = metadataXml.strip().replaceFirst("^<\\?xml[^>]*\\?>", "");
			wrapper = newBuilder().parse(new InputSource(new StringReader(WRAPPER_START + fragment + "</metadata>")))
				.getDocumentElement();
		}
		catch (SAXException | IOException ex) {
			throw new CrosswalkException("the oai_dc metadata is not well-formed XML: " + ex.getMessage(), ex);
		}
		Element root = firstChildElement(wrapper);
		if (root == null || !"dc".equals(root.getLocalName())) {
			throw new CrosswalkException("the metadata is not oai_dc: its root element is "
					+ ((root != null) ? "<" + root.getTagName() + ">" : "missing"));
		}
		Map<String, List<String>> elements = new LinkedHashMap<>();
		NodeList nodes = root.getElementsByTagNameNS(DC_NAMESPACE, "*");
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			String value = node.getTextContent().strip().replaceAll("\\s+", " ");
			if (!value.isEmpty()) {
				elements.computeIfAbsent(node.getLocalName(), (name) -> new ArrayList<>()).add(value);
			}
		}
		if (elements.isEmpty()) {
			throw new CrosswalkException("the oai_dc metadata holds no Dublin Core element");
		}
		elements.replaceAll((name, values) -> List.copyOf(values));
		return new DublinCore(Map.copyOf(elements));
	}

	private static Element firstChildElement(Element parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				return element;
			}
		}
		return null;
	}

	/**
	 * One configured parser per harvest thread: looking the parser factory up again for every
	 * record (a class-path scan) cost more than parsing the record.
	 */
	private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(DublinCore::createBuilder);

	private static DocumentBuilder newBuilder() {
		DocumentBuilder builder = BUILDERS.get();
		builder.reset();
		builder.setErrorHandler(new DefaultHandler());
		return builder;
	}

	private static DocumentBuilder createBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			return factory.newDocumentBuilder();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No secure XML parser available", ex);
		}
	}

}
