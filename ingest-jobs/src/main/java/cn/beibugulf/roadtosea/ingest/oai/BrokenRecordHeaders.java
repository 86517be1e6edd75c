package cn.beibugulf.roadtosea.ingest.oai;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.XMLEvent;

import cn.beibugulf.roadtosea.ingest.xml.SafeXml;

/**
 * Finds the records of a ListRecords page whose header lacks its identifier or datestamp, and takes
 * them out of the page before xoai parses it: xoai's header parser reads on into the next record to
 * find them, so one broken header would swallow the following record (a live record read as the
 * broken record's deletion). The broken records are reported so the reader can skip them with a
 * recorded reason; the others are parsed as usual. A page that is not well-formed is left as it is
 * (xoai then fails on it with its own message).
 */
final class BrokenRecordHeaders {

	private BrokenRecordHeaders() {
	}

	/**
	 * A record that cannot be harvested.
	 * @param position its place among the page's records (0-based)
	 * @param identifier its identifier, or null when the header has none
	 * @param reason why, in one sentence
	 */
	record Broken(int position, String identifier, String reason) {
	}

	/**
	 * A page ready for xoai.
	 * @param body the page, without the broken records when there are any
	 * @param broken the broken records, in order
	 */
	record Checked(byte[] body, List<Broken> broken) {
	}

	static Checked check(byte[] body) {
		List<Broken> broken;
		try {
			broken = scan(body);
		}
		catch (XMLStreamException | RuntimeException ex) {
			return new Checked(body, List.of());
		}
		if (broken.isEmpty()) {
			return new Checked(body, List.of());
		}
		try {
			return new Checked(without(body, broken), broken);
		}
		catch (XMLStreamException ex) {
			return new Checked(body, List.of());
		}
	}

	/** The records (children of {@code ListRecords}) whose header has no identifier or no datestamp. */
	private static List<Broken> scan(byte[] body) throws XMLStreamException {
		List<Broken> broken = new ArrayList<>();
		XMLStreamReader xml = SafeXml.streamReader(new ByteArrayInputStream(body));
		try {
			Deque<String> path = new ArrayDeque<>();
			int position = -1;
			Map<String, String> header = null;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					String parent = path.peek();
					if ("record".equals(name) && "ListRecords".equals(parent)) {
						position++;
						header = new HashMap<>();
					}
					else if (header != null && ("identifier".equals(name) || "datestamp".equals(name))
							&& startsWith(path, "header", "record", "ListRecords")) {
						header.put(name, xml.getElementText().strip());
						continue; // getElementText consumed the end tag
					}
					path.push(name);
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					path.pop();
					if ("record".equals(xml.getLocalName()) && "ListRecords".equals(path.peek()) && header != null) {
						String identifier = header.get("identifier");
						if (identifier == null || identifier.isEmpty()) {
							broken.add(new Broken(position, null, "the record header has no identifier"));
						}
						else if (header.get("datestamp") == null || header.get("datestamp").isEmpty()) {
							broken.add(new Broken(position, identifier, "the header of record " + identifier
									+ " has no datestamp"));
						}
						header = null;
					}
				}
			}
		}
		finally {
			xml.close();
		}
		return broken;
	}

	/** Whether the innermost open elements are these, innermost first. */
	private static boolean startsWith(Deque<String> path, String... names) {
		if (path.size() < names.length) {
			return false;
		}
		int i = 0;
		for (String open : path) {
			if (i == names.length) {
				return true;
			}
			if (!open.equals(names[i++])) {
				return false;
			}
		}
		return i == names.length;
	}

	/** The page without the broken records, as UTF-8. */
	private static byte[] without(byte[] body, List<Broken> broken) throws XMLStreamException {
		List<Integer> positions = broken.stream().map(Broken::position).toList();
		XMLEventReader events = SafeXml.xmlInputFactory().createXMLEventReader(new ByteArrayInputStream(body));
		StringWriter out = new StringWriter(body.length);
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		XMLEventWriter writer = XMLOutputFactory.newDefaultFactory().createXMLEventWriter(out);
		Deque<String> path = new ArrayDeque<>();
		int position = -1;
		int skipDepth = 0;
		while (events.hasNext()) {
			XMLEvent event = events.nextEvent();
			if (event.isStartDocument() || event.isEndDocument()) {
				continue;
			}
			if (event.isStartElement()) {
				String name = event.asStartElement().getName().getLocalPart();
				if (skipDepth == 0 && "record".equals(name) && "ListRecords".equals(path.peek())) {
					position++;
					if (positions.contains(position)) {
						skipDepth = 1;
						continue;
					}
				}
				else if (skipDepth > 0) {
					skipDepth++;
					continue;
				}
				path.push(name);
			}
			else if (event.isEndElement()) {
				if (skipDepth > 0) {
					skipDepth--;
					continue;
				}
				path.pop();
			}
			else if (skipDepth > 0) {
				continue;
			}
			writer.add(event);
		}
		writer.flush();
		events.close();
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
