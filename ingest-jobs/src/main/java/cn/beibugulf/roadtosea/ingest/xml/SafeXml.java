package cn.beibugulf.roadtosea.ingest.xml;

import java.io.InputStream;
import java.io.Reader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import org.jspecify.annotations.Nullable;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsers that refuse what harvested XML must never do: a DOCTYPE (and with it every
 * internal or external entity, external DTD loading and entity expansion such as "billion
 * laughs"), XInclude and access to external schemas. Harvested documents are data from other
 * servers; none of our formats (RSS, Atom, MARCXML, OAI-PMH) needs a DTD.
 *
 * <p>The parsers are the JDK's own implementations ({@code newDefaultInstance}), whatever else
 * the class path offers, so the features set here are known to be honoured. A refused document
 * fails with a message containing {@link #DOCTYPE_REFUSED}; {@link #describe(Exception)} turns any
 * parse failure into one line for a curator.
 */
public final class SafeXml {

	/** The words every refusal of a DOCTYPE carries, whatever the parser. */
	public static final String DOCTYPE_REFUSED = "DOCTYPE refused: harvested XML may not declare a DTD "
			+ "(external entities and entity expansion are not allowed)";

	private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

	private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";

	private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";

	private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

	private static final ErrorHandler QUIET = new ErrorHandler() {

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}

	};

	private SafeXml() {
	}

	/** A namespace-aware DOM builder that refuses any DOCTYPE and reports errors as exceptions only. */
	public static DocumentBuilder documentBuilder() {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature(DISALLOW_DOCTYPE, true);
			factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
			factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
			factory.setFeature(LOAD_EXTERNAL_DTD, false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(QUIET);
			builder.setEntityResolver((publicId, systemId) -> {
				throw new SAXException(DOCTYPE_REFUSED + " (entity " + systemId + ")");
			});
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("the JDK's XML parser lacks a security feature", ex);
		}
	}

	/** A namespace-aware SAX parser that refuses any DOCTYPE. */
	public static SAXParser saxParser() {
		SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setXIncludeAware(false);
		try {
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature(DISALLOW_DOCTYPE, true);
			factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
			factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
			factory.setFeature(LOAD_EXTERNAL_DTD, false);
			SAXParser parser = factory.newSAXParser();
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			parser.getXMLReader().setErrorHandler(QUIET);
			return parser;
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("the JDK's XML parser lacks a security feature", ex);
		}
	}

	/**
	 * A StAX factory with DTD support and external entities switched off. Prefer
	 * {@link #streamReader(Reader)}, which also fails on the DOCTYPE itself instead of only on the
	 * first use of an entity it declared.
	 */
	public static XMLInputFactory xmlInputFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException(DOCTYPE_REFUSED + " (entity " + systemId + ")");
		});
		return factory;
	}

	/** A StAX reader over characters that fails as soon as it meets a DOCTYPE. */
	public static XMLStreamReader streamReader(Reader reader) throws XMLStreamException {
		return new DoctypeRefusingReader(xmlInputFactory().createXMLStreamReader(reader));
	}

	/** A StAX reader over bytes (encoding from the BOM or the XML declaration) that fails on a DOCTYPE. */
	public static XMLStreamReader streamReader(InputStream in) throws XMLStreamException {
		return new DoctypeRefusingReader(xmlInputFactory().createXMLStreamReader(in));
	}

	/**
	 * One line for a curator: whether the document was refused for a DOCTYPE or is not
	 * well-formed, where, and the parser's words.
	 */
	public static String describe(Exception ex) {
		String message = messageOf(ex);
		String where = where(ex);
		if (message.contains("DOCTYPE") || message.contains("DTD")) {
			return DOCTYPE_REFUSED + where;
		}
		return "not well-formed XML" + where + ": " + message;
	}

	private static String messageOf(Throwable ex) {
		String message = ex.getMessage();
		if (ex instanceof XMLStreamException && message != null && message.contains("Message: ")) {
			message = message.substring(message.indexOf("Message: ") + "Message: ".length());
		}
		if (message == null && ex.getCause() != null) {
			return messageOf(ex.getCause());
		}
		return (message != null) ? message.strip() : ex.getClass().getSimpleName();
	}

	private static String where(Throwable ex) {
		if (ex instanceof SAXParseException parse && parse.getLineNumber() > 0) {
			return " at line " + parse.getLineNumber() + ", column " + parse.getColumnNumber();
		}
		if (ex instanceof XMLStreamException stream && stream.getLocation() != null
				&& stream.getLocation().getLineNumber() > 0) {
			Location location = stream.getLocation();
			return " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
		}
		return (ex.getCause() instanceof Exception cause && cause != ex) ? where(cause) : "";
	}

	private static final class DoctypeRefusingReader extends StreamReaderDelegate {

		DoctypeRefusingReader(XMLStreamReader reader) {
			super(reader);
		}

		@Override
		public int next() throws XMLStreamException {
			return refuseDoctype(super.next());
		}

		@Override
		public int nextTag() throws XMLStreamException {
			return refuseDoctype(super.nextTag());
		}

		private int refuseDoctype(int event) throws XMLStreamException {
			if (event == XMLStreamConstants.DTD) {
				throw new XMLStreamException(DOCTYPE_REFUSED, locationOrNull());
			}
			return event;
		}

		private @Nullable Location locationOrNull() {
			return getLocation();
		}

	}

}
