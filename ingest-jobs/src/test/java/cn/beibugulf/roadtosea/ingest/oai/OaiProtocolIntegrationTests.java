package cn.beibugulf.roadtosea.ingest.oai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.HarvestMode;
import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.RawKeys;
import cn.beibugulf.roadtosea.ingest.RawRecords;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.SourceType;
import cn.beibugulf.roadtosea.ingest.xml.SafeXml;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code oaiHarvestJob} against repositories that use more of the protocol, or misbehave: an expired
 * resumption token in the middle of a list, {@code noRecordsMatch}, a set, MARCXML records, a
 * connection dropped mid-response and a response slower than the timeout, and real third-party
 * responses (served as they were captured) with their recorded failures.
 */
@SpringBootTest(classes = IngestTestApplication.class, properties = "portal.ingest.oai.request-timeout=2s")
class OaiProtocolIntegrationTests {

	static {
		TestDataDirectory.use("oai-protocol");
	}

	private static final AtomicInteger SOURCES = new AtomicInteger();

	private final List<AutoCloseable> servers = new ArrayList<>();

	@Autowired
	private HarvestService harvests;

	@Autowired
	private ObjectStore objectStore;

	@Autowired
	private ElasticsearchClient elasticsearch;

	@AfterEach
	void stopServers() throws Exception {
		for (AutoCloseable server : this.servers) {
			server.close();
		}
	}

	@Test
	void anExpiredResumptionTokenMidHarvestRestartsTheListFromTheNewestDatestampAndOverwritesWhatComesTwice()
			throws Exception {
		List<OaiFixtureItem> items = BeibuGulfFixtures.items("expired", 25);
		OaiFixtureServer server = serve(BeibuGulfFixtures.repository("北海", items), 10);
		server.expireResumptionTokenAtPage(2);
		HarvestSource source = register(server.baseUrl(), HarvestSource.OAI_DC);

		HarvestRun run = this.harvests.runAndWait(source.id(), HarvestMode.FULL);

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.read()).isEqualTo(26);
		assertThat(run.written()).isEqualTo(26);
		assertThat(count(source.id())).isEqualTo(25);
		// three chunks, three bundles; the record that came twice is in two of them, and its document
		// names the one written last
		assertThat(this.objectStore.list(RawKeys.prefix(source.id()))).hasSize(3);
		assertThat(bundledIdentifiers(source.id())).hasSize(26)
			.containsOnly(items.stream().map(OaiFixtureItem::identifier).toArray(String[]::new));
		assertEveryDocumentReadsBackItsRawRecord(source.id());
		assertThat(server.requests()).contains("verb=ListRecords&from="
				+ items.get(9).datestamp().toString().replace(":", "%3A") + "&metadataPrefix=oai_dc");
		assertThat(this.harvests.state(source.id())).hasValueSatisfying(
				(state) -> assertThat(state.lastDatestamp()).isEqualTo(items.get(24).datestamp().toString()));
	}

	@Test
	void noRecordsMatchIsASuccessfulHarvestOfNothing() throws Exception {
		OaiFixtureServer server = serve(OaiFixtureRepository.of("空", List.of(), List.of()), 10);
		HarvestSource source = register(server.baseUrl(), HarvestSource.OAI_DC);

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.read()).isZero();
		assertThat(this.harvests.failures(source.id())).isEmpty();
		assertThat(this.harvests.state(source.id())).hasValueSatisfying(
				(state) -> assertThat(state.lastStatus()).isEqualTo("COMPLETED"));
	}

	@Test
	void aSourceRestrictedToASetHarvestsOnlyThatSet() throws Exception {
		OaiFixtureServer server = serve(BeibuGulfFixtures.repository("北海", BeibuGulfFixtures.items("set", 25)), 10);
		HarvestSource source = this.harvests.register(register(server.baseUrl(), HarvestSource.OAI_DC)
			.withSetSpec("module:dynamics"));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.written()).isEqualTo(12);
		assertThat(count(source.id())).isEqualTo(12);
		assertThat(document(source.id(), BeibuGulfFixtures.identifier("set", 2)).modules()).containsExactly("dynamics");
		assertThat(server.requests().get(0)).isEqualTo("verb=ListRecords&set=module%3Adynamics&metadataPrefix=oai_dc");
	}

	@Test
	void harvestsMarcXmlWithTheMarcCrosswalk() throws Exception {
		List<OaiFixtureItem> items = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			String title = (i == 7) ? "" : "北海老街（第" + i + "册） :";
			String marc = MarcXmlCrosswalkTests.BEIHAI_BOOK.replace("北海老街 :", title)
				.replace("<controlfield tag=\"001\">bh0001</controlfield>", "<controlfield tag=\"001\">bh" + i
						+ "</controlfield>");
			if (i == 7) {
				marc = marc.replaceAll("<datafield tag=\"245\".*?</datafield>", "");
			}
			items.add(OaiFixtureItem.of("oai:marc.example:" + i,
					BeibuGulfFixtures.FIRST_DATESTAMP.plus(Duration.ofHours(i)), List.of(), marc));
		}
		OaiFixtureServer server = this.track(OaiFixtureServer.builder(OaiFixtureRepository.of("MARC", List.of(), items))
			.pageSize(5)
			.metadataFormat("marc21", "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd",
					"http://www.loc.gov/MARC21/slim")
			.start());
		HarvestSource source = register(server.baseUrl(), "marc21");

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.written()).isEqualTo(11);
		assertThat(count(source.id())).isEqualTo(11);
		PortalRecord third = document(source.id(), "oai:marc.example:3");
		assertThat(third.title()).startsWith("北海老街（第3册）");
		assertThat(third.creators()).containsExactly("李海明");
		assertThat(third.type()).isEqualTo("book");
		assertThat(third.year()).isEqualTo(2020);
		assertThat(new String(RawRecords.read(this.objectStore, third.provenance().rawKey()).orElseThrow(),
				StandardCharsets.UTF_8))
			.contains("metadataPrefix=\"marc21\"").contains("北海老街（第3册）");
		assertThat(this.harvests.failures(run.executionId())).singleElement().satisfies((failure) -> {
			assertThat(failure.recordIdentifier()).isEqualTo("oai:marc.example:7");
			assertThat(failure.stage()).isEqualTo(FailureStage.MAP);
			assertThat(failure.reason()).contains("no title");
		});
	}

	@Test
	void aDroppedConnectionAndASlowResponseAreRetried() throws Exception {
		OaiFixtureServer server = serve(BeibuGulfFixtures.repository("北海", BeibuGulfFixtures.items("flaky", 25)), 10);
		server.dropConnectionAtRequest(2);
		server.slowResponseAtRequest(4, Duration.ofSeconds(5));
		HarvestSource source = register(server.baseUrl(), HarvestSource.OAI_DC);

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(count(source.id())).isEqualTo(25);
		assertThat(server.requestCount()).isEqualTo(5);
		assertThat(server.requests().get(2)).isEqualTo(server.requests().get(1));
		assertThat(server.requests().get(4)).isEqualTo(server.requests().get(3));
	}

	@Test
	void realListRecordsResponsesAreHarvestedWithTheirFailuresRecorded() throws Exception {
		HarvestRun dspace = harvestSample("dspace_erasmus_2004_ListRecords_81rec_2deleted.xml", HarvestSource.OAI_DC);
		assertThat(dspace.exitCode()).isEqualTo("COMPLETED");
		assertThat(count(dspace.sourceId())).isEqualTo(81);
		assertEveryDocumentReadsBackItsRawRecord(dspace.sourceId());
		assertThat(document(dspace.sourceId(), "hdl:1765/1160").deleted()).isTrue();
		assertThat(document(dspace.sourceId(), "hdl:1765/1159").title()).isEqualTo("Explaining Sunday shop policies");

		HarvestRun alma = harvestSample("alma_ListRecords_marc21_100rec.xml", "marc21");
		assertThat(alma.exitCode()).isEqualTo("COMPLETED");
		assertThat(count(alma.sourceId())).isEqualTo(100);
		assertThat(this.objectStore.list(RawKeys.prefix(alma.sourceId()))).as("a bundle per chunk of 10").hasSize(10);
		assertThat(bundledIdentifiers(alma.sourceId())).hasSize(100).doesNotHaveDuplicates();
		assertEveryDocumentReadsBackItsRawRecord(alma.sourceId());

		HarvestRun broken = harvestSample("BROKEN_sickle_ListRecords_deleted_header_missing_identifier.xml",
				HarvestSource.OAI_DC);
		assertThat(broken.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(count(broken.sourceId())).isEqualTo(1);
		PortalRecord live = document(broken.sourceId(), "oai:test.example.com:1585322");
		assertThat(live.title()).isEqualTo("Sample Title");
		assertThat(live.deleted()).isFalse();
		assertThat(this.harvests.failures(broken.executionId())).singleElement().satisfies((failure) -> {
			assertThat(failure.stage()).isEqualTo(FailureStage.READ);
			assertThat(failure.recordIdentifier()).isNull();
			assertThat(failure.reason()).isEqualTo("the record header has no identifier");
		});

		HarvestRun notXml = harvestSample("BROKEN_not_xml_at_all.xml", HarvestSource.OAI_DC);
		assertThat(notXml.status()).isEqualTo("FAILED");
		assertThat(notXml.exitDescription()).startsWith("Malformed OAI-PMH response (not well-formed XML");
		assertThat(count(notXml.sourceId())).isZero();
		assertThat(this.harvests.failures(notXml.executionId())).singleElement()
			.satisfies((failure) -> assertThat(failure.stage()).isEqualTo(FailureStage.READ));

		HarvestRun badArgument = harvestSample("spec_error_badArgument_loc.xml", HarvestSource.OAI_DC);
		assertThat(badArgument.status()).isEqualTo("FAILED");
		assertThat(badArgument.exitDescription()).startsWith("The OAI-PMH endpoint answered with error 'badArgument'");

		HarvestRun empty = harvestSample("arxiv_error_noRecordsMatch.xml", HarvestSource.OAI_DC);
		assertThat(empty.exitCode()).isEqualTo("COMPLETED");
		assertThat(empty.read()).isZero();
	}

	private List<String> bundledIdentifiers(String sourceId) {
		return this.objectStore.list(RawKeys.prefix(sourceId))
			.stream()
			.flatMap((object) -> RawRecordBundle.records(this.objectStore.get(object.key()).orElseThrow()).stream())
			.map(RawRecordBundle.RawRecord::identifier)
			.toList();
	}

	/** Every document of the source names its raw record, which holds its identifier and is the last one stored. */
	private void assertEveryDocumentReadsBackItsRawRecord(String sourceId) throws Exception {
		for (String identifier : new TreeSet<>(bundledIdentifiers(sourceId))) {
			PortalRecord document = document(sourceId, identifier);
			assertThat(document).as(identifier).isNotNull();
			byte[] raw = RawRecords.read(this.objectStore, document.provenance().rawKey()).orElseThrow();
			Document record = SafeXml.documentBuilder().parse(new ByteArrayInputStream(raw));
			assertThat(record.getDocumentElement().getLocalName()).isEqualTo("record");
			assertThat(record.getElementsByTagNameNS(RawRecordXml.OAI_NAMESPACE, "identifier").item(0).getTextContent())
				.isEqualTo(identifier);
		}
	}

	/** Harvests a real captured response, served as the answer to the first request; a later page is an empty last page. */
	private HarvestRun harvestSample(String name, String metadataPrefix) throws IOException {
		byte[] sample = Files.readAllBytes(RealSamples.file("oai-pmh/" + name));
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/oai", (exchange) -> {
			try (exchange) {
				String query = exchange.getRequestURI().getRawQuery();
				byte[] body = (query != null && query.contains("resumptionToken=")) ? ("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
						+ "<responseDate>2026-01-01T00:00:00Z</responseDate><request/><ListRecords><resumptionToken/>"
						+ "</ListRecords></OAI-PMH>").getBytes(StandardCharsets.UTF_8) : sample;
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		});
		server.start();
		this.servers.add(() -> server.stop(0));
		HarvestSource source = register("http://127.0.0.1:" + server.getAddress().getPort() + "/oai", metadataPrefix);
		return this.harvests.runAndWait(source.id(), HarvestMode.FULL);
	}

	private OaiFixtureServer serve(OaiFixtureRepository repository, int pageSize) {
		return track(OaiFixtureServer.builder(repository).pageSize(pageSize).start());
	}

	private OaiFixtureServer track(OaiFixtureServer server) {
		this.servers.add(server);
		return server;
	}

	private HarvestSource register(String baseUrl, String metadataPrefix) {
		String id = "protocol-" + SOURCES.incrementAndGet();
		return this.harvests.register(new HarvestSource(id, SourceType.OAI_PMH, "协议测试 " + id, baseUrl, metadataPrefix,
				null, "北海市图书馆", "北海", List.of("guide"), List.of("history"), null, true));
	}

	private long count(String sourceId) throws IOException {
		this.elasticsearch.indices().refresh((refresh) -> refresh.index(RecordsIndex.ALIAS));
		return this.elasticsearch
			.count((count) -> count.index(RecordsIndex.ALIAS)
				.query((query) -> query.term((term) -> term.field("sourceId").value(sourceId))))
			.count();
	}

	private PortalRecord document(String sourceId, String identifier) throws IOException {
		return this.elasticsearch
			.get((get) -> get.index(RecordsIndex.ALIAS).id(PortalRecord.idOf(sourceId, identifier)), PortalRecord.class)
			.source();
	}

}
