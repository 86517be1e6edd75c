package cn.beibugulf.roadtosea.portal.oai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.portal.seo.SiteUrls;
import cn.beibugulf.roadtosea.record.PortalRecord;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.xml.XmlWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The OAI-PMH 2.0 data provider over the portal's records: xoai's {@link DataProvider} does the
 * protocol (verbs, arguments and their errors, resumption tokens, from/until), the portal supplies
 * the records ({@link RecordItems}), the sets ({@link PortalSets}) and two metadata formats,
 * {@code oai_dc} ({@link OaiDcWriter}) and the native {@code rtts} ({@link NativeRecordWriter}).
 *
 * <p>
 * A provider is put together per request: the base URL follows the request (or
 * {@code portal.seo.base-url}), the earliest datestamp is the index's, and the resumption token
 * format carries the request's list cursor.
 */
@Component
class PortalDataProvider {

	static final String PATH = "/oai";

	private static final int MAX_SETS = 1_000;

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final ElasticsearchClient client;

	private final PortalSets sets;

	private final OaiProperties properties;

	private final SiteUrls urls;

	private final OaiIdentifiers identifiers;

	private final Clock clock;

	PortalDataProvider(ElasticsearchClient client, PortalSets sets, OaiProperties properties, SiteUrls urls,
			ObjectProvider<Clock> clock) {
		this.client = client;
		this.sets = sets;
		this.properties = properties;
		this.urls = urls;
		this.identifiers = new OaiIdentifiers(properties.repositoryIdentifier());
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The whole response document (UTF-8 XML) to the request with these parameters. */
	byte[] respond(Map<String, String[]> parameters) {
		String base = this.urls.base();
		CursorTokenFormat tokens = new CursorTokenFormat();
		RepositoryConfiguration configuration = new RepositoryConfiguration.RepositoryConfigurationBuilder()
			.withRepositoryName(this.properties.repositoryName())
			.withAdminEmail(this.properties.adminEmail())
			.withBaseUrl(base + PATH)
			.withEarliestDate(earliestDatestamp())
			.withDeleteMethod(DeletedRecord.PERSISTENT)
			.withGranularity(Granularity.Second)
			.withResumptionTokenFormat(tokens)
			.withMaxListRecords(this.properties.pageSize())
			.withMaxListIdentifiers(this.properties.pageSize())
			.withMaxListSets(MAX_SETS)
			.withDescription(oaiIdentifierDescription())
			.build();
		String schemaLocation = base + NativeRecordWriter.SCHEMA_PATH;
		Context context = Context.context()
			.withMetadataFormat(MetadataFormat.metadataFormat(OaiDcWriter.PREFIX)
				.withNamespace(OaiDcWriter.NAMESPACE)
				.withSchemaLocation(OaiDcWriter.SCHEMA))
			.withMetadataFormat(MetadataFormat.metadataFormat(NativeRecordWriter.PREFIX)
				.withNamespace(NativeRecordWriter.NAMESPACE)
				.withSchemaLocation(schemaLocation));
		Function<String, Function<PortalRecord, byte[]>> writers = prefix -> switch (prefix) {
			case OaiDcWriter.PREFIX -> record -> OaiDcWriter.write(record, this.urls.recordPage(record.id()));
			case NativeRecordWriter.PREFIX ->
				record -> NativeRecordWriter.write(record, this.urls.recordPage(record.id()), schemaLocation);
			default -> null;
		};
		Repository repository = new Repository(configuration)
			.withItemRepository(new RecordItems(this.client, this.identifiers, tokens, writers))
			.withSetRepository(this.sets);
		OAIPMH response = new DataProvider(context, repository).handle(dayGranularity(parameters));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XmlWriter writer = new XmlWriter(out, configuration)) {
			writer.writeStartDocument("UTF-8", "1.0");
			writer.write(response);
			writer.writeEndDocument();
			writer.flush();
		}
		catch (XMLStreamException ex) {
			throw new MetadataXml.WriteException("the OAI-PMH response", ex);
		}
		return out.toByteArray();
	}

	/**
	 * The parameters with {@code from} / {@code until} of day granularity ({@code YYYY-MM-DD}),
	 * which every OAI-PMH repository must accept, as the first and last second of those days; xoai
	 * then applies its second-granularity semantics. Mixed granularities are left for xoai to refuse
	 * ({@code badArgument}). An {@code until} of today ends now, the newest datestamp there can be.
	 */
	Map<String, String[]> dayGranularity(Map<String, String[]> parameters) {
		String[] from = parameters.get("from");
		String[] until = parameters.get("until");
		if ((from == null && until == null) || !isDay(from) || !isDay(until)) {
			return parameters;
		}
		Map<String, String[]> normalised = new LinkedHashMap<>(parameters);
		if (from != null) {
			normalised.put("from", new String[] { from[0] + "T00:00:00Z" });
		}
		if (until != null) {
			String endOfDay = until[0] + "T23:59:59Z";
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
			boolean today = until[0].equals(LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
			normalised.put("until", new String[] { today ? now.toString() : endOfDay });
		}
		return normalised;
	}

	private static boolean isDay(String[] values) {
		return values == null || (values.length == 1 && DAY.matcher(values[0]).matches());
	}

	/** The oldest {@code provenance.harvestedAt} in the index, to the second; now when it is empty. */
	Instant earliestDatestamp() {
		try {
			var response = this.client.search(s -> s.index(RecordsIndex.ALIAS)
				.size(0)
				.aggregations("earliest", a -> a.min(m -> m.field(RecordItems.DATESTAMP_FIELD))), Void.class);
			Double earliest = response.aggregations().get("earliest").min().value();
			Instant now = this.clock.instant();
			if (earliest == null || earliest.isNaN() || earliest.isInfinite()) {
				return now.truncatedTo(ChronoUnit.SECONDS);
			}
			Instant oldest = Instant.ofEpochMilli(earliest.longValue()).truncatedTo(ChronoUnit.SECONDS);
			return oldest.isAfter(now) ? now.truncatedTo(ChronoUnit.SECONDS) : oldest;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the earliest datestamp", ex);
		}
	}

	private String oaiIdentifierDescription() {
		return "<oai-identifier xmlns=\"http://www.openarchives.org/OAI/2.0/oai-identifier\""
				+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
				+ " xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai-identifier"
				+ " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd\">" + "<scheme>oai</scheme>"
				+ "<repositoryIdentifier>" + this.properties.repositoryIdentifier() + "</repositoryIdentifier>"
				+ "<delimiter>:</delimiter><sampleIdentifier>" + escape(this.identifiers.sample())
				+ "</sampleIdentifier></oai-identifier>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
