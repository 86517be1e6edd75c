package cn.beibugulf.roadtosea.portal.oai;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the two metadata writers share: a StAX writer (it escapes text and drops nothing) and one
 * element with a text value, left out when the value is empty.
 */
final class MetadataXml {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private MetadataXml() {
	}

	static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		return xml;
	}

	static void close(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEndDocument();
		xml.flush();
		xml.close();
	}

	static void element(XMLStreamWriter xml, String namespace, String name, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			xml.writeStartElement(namespace, name);
			xml.writeCharacters(xmlSafe(value));
			xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new WriteException(name, ex);
		}
	}

	/**
	 * The text without the characters XML 1.0 cannot carry at all (C0 controls other than tab and
	 * line breaks, lone surrogates, U+FFFE/U+FFFF), which a harvested record may hold.
	 */
	static String xmlSafe(String text) {
		StringBuilder safe = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed;
			if (Character.isHighSurrogate(c)) {
				allowed = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
				if (allowed) {
					if (safe != null) {
						safe.append(c).append(text.charAt(i + 1));
					}
					i++;
					continue;
				}
			}
			else {
				allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
						|| (c >= 0xE000 && c <= 0xFFFD);
			}
			if (!allowed && safe == null) {
				safe = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (allowed && safe != null) {
				safe.append(c);
			}
		}
		return (safe != null) ? safe.toString() : text;
	}

	/** A record that could not be written as XML (a bug, not bad input: text is made XML-safe). */
	static final class WriteException extends RuntimeException {

		WriteException(String what, XMLStreamException cause) {
			super("Could not write " + what + " as XML: " + cause.getMessage(), cause);
		}

	}

}
