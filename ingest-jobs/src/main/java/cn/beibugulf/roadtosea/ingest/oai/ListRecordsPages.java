package cn.beibugulf.roadtosea.ingest.oai;

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
		try (InputStream in = this.client.execute(parameters); XmlReader reader = new XmlReader(in)) {
			ListRecordsParser parser = new ListRecordsParser(reader, this.context, this.metadataPrefix);
			List<Record> records = new ArrayList<>();
			while (parser.hasNext()) {
				records.add(parser.next());
			}
			String next = null;
			if (reader.current(resumptionTokenElement())) {
				reader.next(text(), anEndElement());
				if (reader.current(text()) && reader.getText() != null && !reader.getText().isBlank()) {
					next = reader.getText().strip();
				}
			}
			return new Page(records, next);
		}
		catch (XmlReaderException | OAIRequestException | IOException ex) {
			throw new InvalidOAIResponse(ex);
		}
	}

	private static Matcher<XMLEvent> resumptionTokenElement() {
		return allOf(aStartElement(), elementName(localPart(equalTo("resumptionToken"))));
	}

	/**
	 * One page of a list.
	 * @param records its records, in order
	 * @param resumptionToken the token for the next page, null on the last page
	 */
	record Page(List<Record> records, String resumptionToken) {

		Page {
			records = List.copyOf(records);
		}

		boolean isLast() {
			return this.resumptionToken == null;
		}

	}

}
