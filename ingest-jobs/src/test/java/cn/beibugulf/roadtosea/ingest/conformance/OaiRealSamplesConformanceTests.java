package cn.beibugulf.roadtosea.ingest.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.beibugulf.roadtosea.ingest.IngestProperties;
import cn.beibugulf.roadtosea.ingest.oai.Crosswalk;
import cn.beibugulf.roadtosea.ingest.oai.CrosswalkException;
import cn.beibugulf.roadtosea.ingest.oai.MalformedRecordException;
import cn.beibugulf.roadtosea.ingest.oai.MarcXmlCrosswalk;
import cn.beibugulf.roadtosea.ingest.oai.OaiDcCrosswalk;
import cn.beibugulf.roadtosea.ingest.oai.OaiHarvestException;
import cn.beibugulf.roadtosea.ingest.oai.OaiHttpClient;
import cn.beibugulf.roadtosea.ingest.oai.OaiMetadataFormat;
import cn.beibugulf.roadtosea.ingest.oai.OaiProbe;
import cn.beibugulf.roadtosea.ingest.oai.OaiRecord;
import cn.beibugulf.roadtosea.ingest.oai.OaiRecordBase;
import cn.beibugulf.roadtosea.ingest.oai.OaiRecordReader;
import cn.beibugulf.roadtosea.ingest.oai.OaiRepositoryInfo;
import cn.beibugulf.roadtosea.ingest.oai.OaiSet;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.SourceType;
import cn.beibugulf.roadtosea.record.PortalRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the harvester's OAI-PMH reading path over every real response in
 * {@code ../shared/data/real-samples/oai-pmh} (see SOURCES.md there). Each file is served over HTTP
 * as the answer to its own request, and read the way the portal reads that verb: ListRecords by
 * {@link OaiRecordReader} (the harvest job's reader, with its HTTP client) followed by the crosswalk
 * of the format ({@code oai_dc}, MARCXML), GetRecord/Identify/ListMetadataFormats/ListSets by
 * {@link OaiProbe}, ListIdentifiers by xoai's service provider. A request with a resumption token is
 * answered with the sample whose own request carried that token (the four NSDL pages chain so), or
 * else with an empty last page.
 *
 * <p>
 * Every file must have an expectation: the records and documents it yields with a check of their
 * text, or the OAI-PMH error it is ({@code noRecordsMatch} is an empty harvest; the other errors fail
 * clearly). Every BROKEN_ file must give a clear error — for the whole response or for the record
 * that is broken — without an exception escaping, and no document from what is broken. A summary
 * table is logged at the end.
 */
class OaiRealSamplesConformanceTests {

	private static final Logger logger = LoggerFactory.getLogger(OaiRealSamplesConformanceTests.class);

	private static final IngestProperties.Oai SETTINGS = new IngestProperties.Oai(100, 10, 1, Duration.ofMillis(10),
			Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10), "RoadToTheSea-Conformance", 0);

	private static final Pattern REQUEST = Pattern.compile("<request\\b([^>]*)>", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)\\s*=\\s*\"([^\"]*)\"");

	private static final List<Crosswalk> CROSSWALKS = List.of(new OaiDcCrosswalk(), new MarcXmlCrosswalk());

	private static final Map<String, Case> CASES = new LinkedHashMap<>();

	private static final List<String> summary = Collections.synchronizedList(new ArrayList<>());

	private static HttpServer server;

	private static String baseUrl;

	private static volatile byte @Nullable [] served;

	/**
	 * What the portal made of one file.
	 * @param verb the verb of the file's request
	 * @param records the records read (ListRecords, GetRecord)
	 * @param documents the portal documents their crosswalk made (live records and tombstones)
	 * @param recordErrors why records gave no document (one sentence each)
	 * @param error why the response as a whole could not be used
	 * @param repository Identify
	 * @param formats ListMetadataFormats
	 * @param sets ListSets
	 * @param headers ListIdentifiers
	 */
	private record Result(String verb, List<OaiRecord> records, List<PortalRecord> documents, List<String> recordErrors,
			@Nullable String error, @Nullable OaiRepositoryInfo repository, List<OaiMetadataFormat> formats,
			List<OaiSet> sets, List<Header> headers) {

		int items() {
			return switch (this.verb) {
				case "Identify" -> (this.repository != null) ? 1 : 0;
				case "ListMetadataFormats" -> this.formats.size();
				case "ListSets" -> this.sets.size();
				case "ListIdentifiers" -> this.headers.size();
				default -> this.records.size();
			};
		}

		List<String> titles() {
			return this.documents.stream().map(PortalRecord::title).filter((title) -> title != null).toList();
		}

	}

	/** What one file must give: the number of items of its verb, the documents made of them, and a check. */
	private record Case(int items, int documents, ThrowingConsumer<Result> check) {
	}

	static {
		broken("BROKEN_dspace_erasmus_Identify_bad_datestamp.xml",
				failsWith("Invalid OAI-PMH response (a date that cannot be read: 'aaaa-bb-cc')"));
		broken("BROKEN_dspace_erasmus_Identify_bogus_element.xml",
				failsWith("Malformed OAI-PMH response (not well-formed XML"));
		broken("BROKEN_error_unknown_code_foo.xml", failsWith("The OAI-PMH endpoint answered with error 'foo'"));
		broken("BROKEN_not_xml_at_all.xml", failsWith("Malformed OAI-PMH response (not well-formed XML"));
		CASES.put("BROKEN_sickle_ListRecords_deleted_header_missing_identifier.xml", new Case(1, 1, (result) -> {
			assertThat(result.error()).isNull();
			assertThat(result.recordErrors()).containsExactly("the record header has no identifier");
			assertThat(result.titles()).containsExactly("Sample Title");
			assertThat(result.documents().get(0).id()).isEqualTo("real-samples:oai:test.example.com:1585322");
			assertThat(result.documents().get(0).deleted()).isFalse();
		}));
		ok("alma_ListRecords_marc21_100rec.xml", 100, 100, (result) -> {
			assertThat(result.records()).allSatisfy((record) -> {
				assertThat(record.identifier()).startsWith("oai:urm_publish:");
				assertThat(record.setSpecs()).contains("TESTING_DIGI_TEST");
			});
			assertThat(result.titles()).contains("Der Soldat, oder, Abhandlung vom Kriegs-Stand",
					"Dictionnaire historique des sièges et batailles mémorables de l'histoire ancienne et moderne, ou, "
							+ "Anecdotes militaires de tous les peuples du monde");
			assertThat(result.documents().get(0).language()).isEqualTo("de");
		});
		ok("arxiv_GetRecord_oai_dc.xml", 1, 1, (result) -> {
			assertThat(result.records().get(0).identifier()).isEqualTo("oai:arXiv.org:1507.03011");
			assertThat(result.titles().get(0)).startsWith("The Distribution of Star Formation and Metals in the Low Surface");
		});
		ok("arxiv_GetRecord_oai_dc_utf8.xml", 1, 1, (result) -> {
			assertThat(result.titles()).containsExactly("PAC-Bayesian Majority Vote for Late Classifier Fusion");
			assertThat(result.records().get(0).setSpecs()).hasSize(2);
		});
		ok("arxiv_ListRecords_arXiv_format_set_cs_46rec.xml", 46, 0, (result) -> {
			assertThat(result.records().get(0).metadataXml()).contains("Reproducing Kernel Banach Spaces with the l1 Norm");
			assertThat(result.recordErrors()).hasSize(46).allMatch((error) -> error.equals("no crosswalk for arXiv"));
		});
		ok("arxiv_ListRecords_arXiv_format_set_physics_150rec.xml", 150, 0,
				(result) -> assertThat(result.records()).allSatisfy((record) -> assertThat(record.metadataXml())
					.contains("<title>")));
		ok("arxiv_error_noRecordsMatch.xml", 0, 0, (result) -> assertThat(result.error()).isNull());
		ok("bepress_error_idDoesNotExist.xml", 0, 0,
				failsWith("The OAI-PMH endpoint answered with error 'idDoesNotExist' to GET "));
		ok("dspace_erasmus_2003_Identify_oaicat.xml", 1, 0, (result) -> {
			assertThat(result.repository().name()).isEqualTo("Erasmus University : Research Online");
			assertThat(result.repository().granularity()).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
			assertThat(result.repository().deletedRecord()).isEqualTo("no");
			assertThat(result.repository().earliestDatestamp()).isNotNull();
		});
		ok("dspace_erasmus_2003_ListIdentifiers_from.xml", 16, 0,
				(result) -> assertThat(result.headers()).allSatisfy((header) -> assertThat(header.getIdentifier())
					.startsWith("hdl:1765/")));
		ok("dspace_erasmus_2003_ListMetadataFormats.xml", 1, 0,
				(result) -> assertThat(result.formats()).singleElement().satisfies((format) -> {
					assertThat(format.prefix()).isEqualTo("oai_dc");
					assertThat(format.harvestable()).isTrue();
				}));
		ok("dspace_erasmus_2003_ListRecords_oai_dc.xml", 16, 16, (result) -> assertThat(result.titles())
			.contains("Kijken in het brein: Over de mogelijkheden van neuromarketing", "Moeilijk doen als het ook makkelijk kan"));
		ok("dspace_erasmus_2003_ListSets.xml", 10, 0,
				(result) -> assertThat(result.sets()).extracting(OaiSet::spec).contains("3", "3:5"));
		ok("dspace_erasmus_2004_GetRecord_deleted.xml", 1, 1, (result) -> {
			PortalRecord tombstone = result.documents().get(0);
			assertThat(tombstone.id()).isEqualTo("real-samples:hdl:1765/1160");
			assertThat(tombstone.deleted()).isTrue();
			assertThat(tombstone.hidden()).isTrue();
		});
		ok("dspace_erasmus_2004_ListRecords_81rec_2deleted.xml", 81, 81, (result) -> {
			assertThat(result.records()).filteredOn(OaiRecord::deleted)
				.extracting(OaiRecord::identifier)
				.containsExactly("hdl:1765/1160", "hdl:1765/1161");
			assertThat(result.documents()).filteredOn(PortalRecord::deleted).hasSize(2);
			assertThat(result.titles()).hasSize(79)
				.contains("The Causality of Supply Relationships", "Explaining Sunday shop policies",
						"Has the tradeoff between productivity gains and job growth disappeared?");
		});
		ok("nsdl_GetRecord_nsdl_dc.xml", 1, 0, (result) -> {
			assertThat(result.records().get(0).metadataXml()).contains("Molecular Structure of Dinitrophenol");
			assertThat(result.recordErrors()).containsExactly("no crosswalk for nsdl_dc");
		});
		ok("nsdl_Identify.xml", 1, 0, (result) -> assertThat(result.repository().deletedRecord()).isEqualTo("no"));
		ok("nsdl_ListIdentifiers_page1of4.xml", 733, 0, (result) -> assertThat(
				result.headers().stream().map(Header::getIdentifier).distinct()).hasSize(733));
		ok("nsdl_ListIdentifiers_page2of4.xml", 533, 0, (result) -> assertThat(result.error()).isNull());
		ok("nsdl_ListIdentifiers_page3of4.xml", 333, 0, (result) -> assertThat(result.error()).isNull());
		ok("nsdl_ListIdentifiers_page4of4.xml", 133, 0, (result) -> assertThat(result.error()).isNull());
		ok("nsdl_error_badVerb.xml", 0, 0, failsWith("The OAI-PMH endpoint answered with error 'badVerb' to GET "));
		ok("sickle_ListMetadataFormats_dnb_mods.xml", 5, 0, (result) -> {
			assertThat(result.formats()).extracting(OaiMetadataFormat::prefix)
				.containsExactly("epicur", "xMetaDissPlus", "oai_dc", "mods", "swepub_mods");
			assertThat(result.formats()).filteredOn(OaiMetadataFormat::harvestable)
				.extracting(OaiMetadataFormat::prefix)
				.containsExactly("oai_dc");
		});
		ok("sickle_ListSets_16KB.xml", 131, 0,
				(result) -> assertThat(result.sets()).allSatisfy((set) -> assertThat(set.name()).isNotBlank()));
		ok("spec_error_badArgument_loc.xml", 0, 0,
				failsWith("The OAI-PMH endpoint answered with error 'badArgument' to GET "));
		ok("spec_error_cannotDisseminateFormat.xml", 0, 0,
				failsWith("The OAI-PMH endpoint answered with error 'cannotDisseminateFormat' to GET "));
		ok("spec_error_noSetHierarchy.xml", 0, 0, (result) -> {
			assertThat(result.error()).isNull();
			assertThat(result.sets()).isEmpty();
		});
	}

	@BeforeAll
	static void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/oai", OaiRealSamplesConformanceTests::answer);
		server.start();
		baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/oai";
	}

	@AfterAll
	static void stopServerAndLogSummary() {
		if (server != null) {
			server.stop(0);
		}
		if (summary.isEmpty()) {
			return;
		}
		List<String> rows = new ArrayList<>(summary);
		Collections.sort(rows);
		String header = row("file", "verb", "items", "docs", "outcome");
		logger.info("OAI-PMH real-samples conformance ({} files):\n{}\n{}\n{}", rows.size(), header,
				"-".repeat(header.length()), String.join("\n", rows));
	}

	@Test
	void everySampleFileHasAnExpectation() {
		TreeSet<String> files = RealSamples.files("oai-pmh").stream()
			.map(OaiRealSamplesConformanceTests::name)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(files).isEqualTo(new TreeSet<>(CASES.keySet()));
	}

	@TestFactory
	Stream<DynamicTest> oaiPmhResponses() {
		return RealSamples.files("oai-pmh").stream().map((file) -> DynamicTest.dynamicTest(name(file), () -> {
			Case expected = CASES.get(name(file));
			assertThat(expected).as("an expectation for %s", name(file)).isNotNull();
			Result result = read(file);
			String outcome = (result.error() != null) ? "error: " + abbreviate(result.error())
					: result.recordErrors().isEmpty() ? "ok"
							: result.recordErrors().size() + " record(s) not mapped: " + abbreviate(result.recordErrors().get(0));
			summary.add(row(name(file), result.verb(), result.items(), result.documents().size(), outcome));
			assertThat(result.items()).as("items of %s", name(file)).isEqualTo(expected.items());
			assertThat(result.documents()).as("documents of %s", name(file)).hasSize(expected.documents());
			if (name(file).startsWith("BROKEN_")) {
				assertThat(result.error() != null || !result.recordErrors().isEmpty()).as("a BROKEN_ file gives an error")
					.isTrue();
			}
			if (result.error() != null) {
				assertThat(result.documents()).as("nothing from a response that failed").isEmpty();
				assertThat(result.error()).isNotBlank().doesNotContain("\n");
			}
			expected.check().accept(result);
		}));
	}

	/** Serves the file and reads it the way the portal reads its verb. */
	private static Result read(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		Map<String, String> request = request(bytes);
		String verb = request.getOrDefault("verb", "ListRecords");
		String prefix = request.getOrDefault("metadataPrefix", HarvestSource.OAI_DC);
		served = bytes;
		OaiProbe probe = new OaiProbe(SETTINGS, Clock.systemUTC(), CROSSWALKS);
		HarvestSource source = new HarvestSource("real-samples", SourceType.OAI_PMH, "real samples", baseUrl, prefix, null,
				"测试图书馆", "北海", List.of(), List.of(), null, true);
		List<OaiRecord> records = new ArrayList<>();
		List<OaiMetadataFormat> formats = List.of();
		List<OaiSet> sets = List.of();
		List<Header> headers = new ArrayList<>();
		OaiRepositoryInfo repository = null;
		String error = null;
		List<String> recordErrors = new ArrayList<>();
		try {
			switch (verb) {
				case "Identify" -> repository = probe.identify(baseUrl);
				case "ListMetadataFormats" -> formats = probe.formats(baseUrl);
				case "ListSets" -> sets = probe.sets(baseUrl);
				case "GetRecord" -> records.add(probe.record(baseUrl, request.get("identifier"), prefix));
				case "ListIdentifiers" -> headers.addAll(listIdentifiers(prefix));
				default -> harvest(source, records, recordErrors);
			}
		}
		catch (OaiHarvestException ex) {
			error = ex.getMessage();
		}
		List<PortalRecord> documents = new ArrayList<>();
		for (OaiRecord record : records) {
			try {
				crosswalk(record, source).ifPresentOrElse(documents::add,
						() -> recordErrors.add("no crosswalk for " + record.metadataPrefix()));
			}
			catch (CrosswalkException ex) {
				recordErrors.add(ex.getMessage());
			}
		}
		return new Result(verb, records, documents, recordErrors, error, repository, formats, sets, headers);
	}

	private static void harvest(HarvestSource source, List<OaiRecord> records, List<String> recordErrors) {
		OaiRecordReader reader = new OaiRecordReader(source, null, new OaiHttpClient(baseUrl, SETTINGS, Clock.systemUTC()),
				0);
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		try {
			while (true) {
				try {
					OaiRecord record = reader.read();
					if (record == null) {
						return;
					}
					records.add(record);
				}
				catch (MalformedRecordException ex) {
					// skipped by the harvest step, with its reason in harvest_failure
					recordErrors.add(ex.getMessage());
				}
				catch (OaiHarvestException ex) {
					throw ex;
				}
				catch (Exception ex) {
					throw new IllegalStateException("the reader failed with something else than an OaiHarvestException",
							ex);
				}
			}
		}
		finally {
			reader.close();
		}
	}

	private static List<Header> listIdentifiers(String prefix) {
		OaiHttpClient client = new OaiHttpClient(baseUrl, SETTINGS, Clock.systemUTC());
		ServiceProvider provider = new ServiceProvider(new Context().withBaseUrl(baseUrl).withOAIClient(client));
		List<Header> headers = new ArrayList<>();
		try {
			Iterator<Header> iterator = provider.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix(prefix));
			iterator.forEachRemaining(headers::add);
		}
		catch (Exception ex) {
			throw new OaiHarvestException("ListIdentifiers failed at GET " + client.lastUrl() + ": " + ex.getMessage(), ex);
		}
		return headers;
	}

	/** The document of a record, as the harvest job's processor makes it (before enrichment). */
	private static Optional<PortalRecord> crosswalk(OaiRecord record, HarvestSource source) {
		Instant harvestedAt = Instant.parse("2026-01-01T00:00:00Z");
		if (record.deleted()) {
			return Optional.of(OaiRecordBase.tombstone(record, source, harvestedAt));
		}
		return CROSSWALKS.stream()
			.filter((crosswalk) -> crosswalk.supports(record.metadataPrefix()))
			.findFirst()
			.map((crosswalk) -> crosswalk.toPortalRecord(record, source, harvestedAt));
	}

	/** Answers a request: the sample whose own request carried the resumption token, else the file under test. */
	private static void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, String> parameters = query(exchange.getRequestURI().getRawQuery());
			String token = parameters.get("resumptionToken");
			byte[] body = (token == null) ? served : pageFor(parameters.get("verb"), token);
			exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	private static byte[] pageFor(String verb, String token) throws IOException {
		for (Path file : RealSamples.files("oai-pmh")) {
			byte[] bytes = Files.readAllBytes(file);
			Map<String, String> request = request(bytes);
			if (token.equals(request.get("resumptionToken")) && verb.equals(request.get("verb"))
					&& !name(file).startsWith("BROKEN_")) {
				return bytes;
			}
		}
		return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
				+ "<responseDate>2026-01-01T00:00:00Z</responseDate><request verb=\"" + verb + "\">" + baseUrl
				+ "</request><" + verb + "><resumptionToken/></" + verb + "></OAI-PMH>")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The attributes of a response's {@code <request>} element. */
	private static Map<String, String> request(byte[] bytes) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher request = REQUEST.matcher(new String(bytes, StandardCharsets.UTF_8));
		if (request.find()) {
			Matcher attribute = ATTRIBUTE.matcher(request.group(1));
			while (attribute.find()) {
				attributes.put(attribute.group(1), attribute.group(2));
			}
		}
		return attributes;
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (raw == null) {
			return parameters;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	private static void ok(String file, int items, int documents, ThrowingConsumer<Result> check) {
		CASES.put(file, new Case(items, documents, check));
	}

	private static void broken(String file, ThrowingConsumer<Result> check) {
		CASES.put(file, new Case(0, 0, check));
	}

	private static ThrowingConsumer<Result> failsWith(String... parts) {
		return (result) -> assertThat(result.error()).as("the error").isNotNull().contains(parts);
	}

	private static String name(Path file) {
		return file.getFileName().toString();
	}

	private static String abbreviate(String text) {
		return (text.length() <= 70) ? text : text.substring(0, 70) + "…";
	}

	private static String row(String file, String verb, Object items, Object documents, String outcome) {
		return String.format("%-62s %-19s %5s %5s  %s", file, verb, items, documents, outcome);
	}

}
