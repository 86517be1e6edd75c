package cn.beibugulf.roadtosea.ingest.oai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.events.XMLEvent;

import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.serviceprovider.client.OAIClient;
import io.gdcc.xoai.serviceprovider.exceptions.InvalidOAIResponse;
import io.gdcc.xoai.serviceprovider.exceptions.OAIRequestException;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import io.gdcc.xoai.serviceprovider.parsers.ListRecordsParser;
import io.gdcc.xoai.xmlio.XmlReader;
import io.gdcc.xoai.xmlio.exceptions.XmlReaderException;
import org.hamcrest.Matcher;

import org.springframework.util.ClassUtils;

import static io.gdcc.xoai.xmlio.matchers.QNameMatchers.localPart;
import static io.gdcc.xoai.xmlio.matchers.XmlEventMatchers.aStartElement;
import static io.gdcc.xoai.xmlio.matchers.XmlEventMatchers.anEndElement;
import static io.gdcc.xoai.xmlio.matchers.XmlEventMatchers.elementName;
import static io.gdcc.xoai.xmlio.matchers.XmlEventMatchers.text;
import static org.hamcrest.CoreMatchers.allOf;
import static org.hamcrest.CoreMatchers.equalTo;

/**
 * ListRecords one page at a time, parsed by xoai's {@code ListRecordsParser} exactly as xoai's own
 * iterator does, but with the resumption token in the open: the reader saves the token a page was
 * asked for with, so a restarted run asks for that page again instead of starting the list over.
 */
final class ListRecordsPages {

	static {
		pinStaxOutputFactory();
	}


	private final Context context;

	private final OAIClient client;

	private final String metadataPrefix;

	private final String setSpec;

	ListRecordsPages(Context context, OAIClient client, String metadataPrefix, String setSpec) {
		this.context = context;
		this.client = client;
		this.metadataPrefix = metadataPrefix;
		this.setSpec = setSpec;
	}

	/**
	 * Asks for one page.
	 * @param resumptionToken the token of the page, or null for the first page of a list
	 * @param from {@code from} of the list's first request (null: from the start)
	 * @param granularity the repository's granularity, needed with {@code from}
	 * @throws RuntimeException what xoai and the HTTP client throw (see {@link OaiErrors})
	 */
	Page fetch(String resumptionToken, Instant from, String granularity) {
		ListRecordsParameters list = ListRecordsParameters.request().withMetadataPrefix(this.metadataPrefix);
		if (this.setSpec != null) {
			list.withSetSpec(this.setSpec);
		}
		if (from != null) {
			list.withFrom(from);
			list.withGranularity(granularity);
		}
		Parameters parameters = Parameters.parameters().withVerb(Verb.Type.ListRecords).include(list);
		if (resumptionToken != null) {
			parameters.withResumptionToken(resumptionToken);
		}
		try {
			byte[] body;
			try (InputStream in = this.client.execute(parameters)) {
				body = in.readAllBytes();
			}
			BrokenRecordHeaders.Checked checked = BrokenRecordHeaders.check(body);
			try (XmlReader reader = new XmlReader(new ByteArrayInputStream(checked.body()))) {
				ListRecordsParser parser = new ListRecordsParser(reader, this.context, this.metadataPrefix);
				List<Record> records = new ArrayList<>();
				while (parser.hasNext()) {
					records.add(parser.next());
				}
				String next = null;
				Long completeListSize = null;
				Long cursor = null;
				if (reader.current(resumptionTokenElement())) {
					completeListSize = count(reader.getAttributeValue(localPart(equalTo("completeListSize"))));
					cursor = count(reader.getAttributeValue(localPart(equalTo("cursor"))));
					reader.next(text(), anEndElement());
					if (reader.current(text()) && reader.getText() != null && !reader.getText().isBlank()) {
						next = reader.getText().strip();
					}
				}
				return new Page(entries(records, checked.broken()), next, completeListSize, cursor);
			}
		}
		catch (XmlReaderException | OAIRequestException | IOException ex) {
			throw new InvalidOAIResponse(ex);
		}
	}

	/** The page's records in document order, the broken ones at their places. */
	private static List<Entry> entries(List<Record> records, List<BrokenRecordHeaders.Broken> broken) {
		List<Entry> entries = new ArrayList<>(records.size() + broken.size());
		int next = 0;
		for (BrokenRecordHeaders.Broken record : broken) {
			while (entries.size() < record.position() && next < records.size()) {
				entries.add(new Entry(records.get(next++), null));
			}
			entries.add(new Entry(null, record));
		}
		while (next < records.size()) {
			entries.add(new Entry(records.get(next++), null));
		}
		return entries;
	}

	/** A non-negative count attribute of the resumption token; null when absent or not a number. */
	private static Long count(String attribute) {
		if (attribute == null || !attribute.strip().matches("\\d{1,18}")) {
			return null;
		}
		return Long.parseLong(attribute.strip());
	}

	private static Matcher<XMLEvent> resumptionTokenElement() {
		return allOf(aStartElement(), elementName(localPart(equalTo("resumptionToken"))));
	}

	/**
	 * A record of a page: parsed, or broken (its header lacks the identifier or the datestamp).
	 * @param record the record, or null when broken
	 * @param broken why it cannot be harvested, or null
	 */
	record Entry(Record record, BrokenRecordHeaders.Broken broken) {
	}

	/**
	 * One page of a list.
	 * @param entries its records, in order
	 * @param resumptionToken the token for the next page, null on the last page
	 * @param completeListSize the size of the whole list, when the repository says it (optional
	 * {@code completeListSize} attribute of the resumption token)
	 * @param cursor how many records of the list came before this page, when the repository says it
	 */
	record Page(List<Entry> entries, String resumptionToken, Long completeListSize, Long cursor) {

		Page {
			entries = List.copyOf(entries);
		}

		boolean isLast() {
			return this.resumptionToken == null;
		}

	}

	/**
	 * xoai copies every record's metadata through a new {@code XMLOutputFactory}; without a name
	 * to instantiate, each lookup scans the class path for a service entry (a quarter of the
	 * parsing time). Naming Woodstox, the implementation that lookup finds anyway, skips the scan.
	 * A factory the JVM was started with is left alone.
	 */
	private static void pinStaxOutputFactory() {
		String property = "javax.xml.stream.XMLOutputFactory";
		String woodstox = "com.ctc.wstx.stax.WstxOutputFactory";
		if (System.getProperty(property) == null
				&& ClassUtils.isPresent(woodstox, ListRecordsPages.class.getClassLoader())) {
			System.setProperty(property, woodstox);
		}
	}

}
