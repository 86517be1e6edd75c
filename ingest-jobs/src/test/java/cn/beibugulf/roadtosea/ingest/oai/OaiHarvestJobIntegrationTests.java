package cn.beibugulf.roadtosea.ingest.oai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.batch.infrastructure.item.Chunk;
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
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailure;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiDcBuilder;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.xml.SafeXml;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;
import cn.beibugulf.roadtosea.storage.StoredObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code oaiHarvestJob} end to end against a real OAI-PMH endpoint (the fixture server), the
 * embedded Elasticsearch node, the embedded S3 server and H2 in file mode.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class OaiHarvestJobIntegrationTests {

	static {
		TestDataDirectory.use("oai-harvest");
	}

	private static final AtomicInteger SOURCES = new AtomicInteger();

	private final List<OaiFixtureServer> servers = new ArrayList<>();

	@Autowired
	private HarvestService harvests;

	@Autowired
	private ObjectStore objectStore;

	@Autowired
	private OaiRecordWriter oaiRecordWriter;

	@Autowired
	private ElasticsearchClient elasticsearch;

	@AfterEach
	void stopServers() {
		this.servers.forEach(OaiFixtureServer::close);
	}

	@Test
	void harvestsEveryPageStoresRawXmlIndexesEveryRecordAndRunsAgainWithoutDuplicates() throws Exception {
		List<OaiFixtureItem> items = BeibuGulfFixtures.items("beihai", 25);
		HarvestSource source = register(serve(BeibuGulfFixtures.repository("北海市图书馆", items), 10));

		HarvestRun first = this.harvests.runAndWait(source.id());

		assertThat(first.status()).isEqualTo("COMPLETED");
		assertThat(first.exitCode()).isEqualTo("COMPLETED");
		assertThat(first.read()).isEqualTo(25);
		assertThat(first.written()).isEqualTo(25);
		assertThat(first.skipped()).isZero();
		assertThat(first.failed()).isZero();
		assertThat(this.servers.get(0).requests()).hasSize(3);
		assertThat(count(source.id())).isEqualTo(25);
		assertThat(rawIdentifiers(source.id())).as("one bundle per chunk, exactly the chunk's records")
			.containsExactly(List.of(identifiers(items.subList(0, 10))), List.of(identifiers(items.subList(10, 20))),
					List.of(identifiers(items.subList(20, 25))));
		for (OaiFixtureItem item : items) {
			String rawKey = document(source.id(), item.identifier()).provenance().rawKey();
			assertThat(rawKey).startsWith(RawKeys.bundlePrefix(source.id()))
				.endsWith("#" + URLEncoder.encode(item.identifier(), StandardCharsets.UTF_8));
			byte[] raw = RawRecords.read(this.objectStore, rawKey).orElseThrow();
			assertThat(new String(raw, StandardCharsets.UTF_8)).contains(item.identifier()).contains("<dc:title>");
		}
		List<String> bundles = keys(source.id());

		PortalRecord third = document(source.id(), BeibuGulfFixtures.identifier("beihai", 3));
		assertThat(third.title()).isEqualTo("涠洲岛火山地貌（第3辑）");
		assertThat(third.library()).isEqualTo("北海市图书馆");
		assertThat(third.city()).isEqualTo("北海");
		assertThat(third.modules()).containsExactly("origins");
		assertThat(third.themes()).containsExactly("folk-customs");
		assertThat(third.type()).isEqualTo("image");
		assertThat(third.issued()).isEqualTo("1993-04");
		assertThat(third.year()).isEqualTo(1993);
		assertThat(bundles).hasSize(3).contains(RawRecords.objectKey(third.provenance().rawKey()));
		assertThat(this.harvests.state(source.id())).hasValueSatisfying((state) -> {
			assertThat(state.lastDatestamp()).isEqualTo(items.get(24).datestamp().toString());
			assertThat(state.lastStatus()).isEqualTo("COMPLETED");
			assertThat(state.lastJobExecutionId()).isEqualTo(first.executionId());
		});

		HarvestRun second = this.harvests.runAndWait(source.id(), HarvestMode.FULL);

		assertThat(second.executionId()).isNotEqualTo(first.executionId());
		assertThat(second.exitCode()).isEqualTo("COMPLETED");
		assertThat(second.written()).isEqualTo(25);
		assertThat(count(source.id())).isEqualTo(25);
		assertThat(keys(source.id())).as("the same chunks again: the same bundles, nothing stored twice")
			.isEqualTo(bundles);
	}

	@Test
	void aChunkWrittenAgainLandsOnTheSameBundleAndEveryRecordReadsBackAsItWasStored() throws Exception {
		HarvestSource source = register("http://127.0.0.1:9/oai");
		Instant harvestedAt = Instant.parse("2026-11-25T08:00:00Z");
		OaiDcCrosswalk crosswalk = new OaiDcCrosswalk();
		List<OaiRecord> records = List.of(
				new OaiRecord("oai:rewrite:1", BeibuGulfFixtures.FIRST_DATESTAMP, List.of("module:origins"), false,
						"oai_dc", OaiDcBuilder.create().title("北海老街 & 骑楼 <1927>").creator("李海明").toXml()),
				new OaiRecord("oai:rewrite:2#a/b?c", BeibuGulfFixtures.FIRST_DATESTAMP.plusSeconds(60), List.of(), true,
						"oai_dc", null),
				new OaiRecord("oai:rewrite:3", BeibuGulfFixtures.FIRST_DATESTAMP.plusSeconds(120), List.of(), false,
						"oai_dc", OaiDcBuilder.create().title("合浦珍珠").subject("南珠").toXml()));
		Chunk<HarvestedRecord> chunk = new Chunk<>(records.stream()
			.map((record) -> new HarvestedRecord(record, record.deleted() ? OaiRecordBase.tombstone(record, source, harvestedAt)
					: crosswalk.toPortalRecord(record, source, harvestedAt)))
			.toList());

		this.oaiRecordWriter.write(chunk);
		List<String> first = keys(source.id());
		List<String> firstRawKeys = rawKeys(source.id(), records);
		this.oaiRecordWriter.write(chunk);

		assertThat(first).singleElement().asString().matches("raw/" + source.id() + "/bundles/[0-9a-f]{40}\\.xml");
		assertThat(keys(source.id())).as("written again (a restart): the same object, nothing stored twice").isEqualTo(first);
		assertThat(rawKeys(source.id(), records)).isEqualTo(firstRawKeys);
		assertThat(RawRecordBundle.records(this.objectStore.get(first.get(0)).orElseThrow()))
			.extracting(RawRecordBundle.RawRecord::identifier)
			.containsExactly("oai:rewrite:1", "oai:rewrite:2#a/b?c", "oai:rewrite:3");
		for (int i = 0; i < records.size(); i++) {
			byte[] read = RawRecords.read(this.objectStore, firstRawKeys.get(i)).orElseThrow();
			assertThat(parse(read).getDocumentElement().isEqualNode(parse(RawRecordXml.of(records.get(i))).getDocumentElement()))
				.as("record %s read back through %s:%n%s", i, firstRawKeys.get(i), new String(read, StandardCharsets.UTF_8))
				.isTrue();
		}
		assertThat(RawRecords.read(this.objectStore, RawKeys.inBundle(first.get(0), "oai:rewrite:4"))).isEmpty();
	}

	@Test
	void anIncrementalHarvestAsksOnlyForRecordsChangedSinceTheLastOne() throws Exception {
		LiveFixtureRepository repository = new LiveFixtureRepository(BeibuGulfFixtures.items("hepu", 12));
		HarvestSource source = register(serve(repository, 10));
		assertThat(this.harvests.runAndWait(source.id()).written()).isEqualTo(12);
		Instant newest = BeibuGulfFixtures.item("hepu", 12).datestamp();

		repository.put(BeibuGulfFixtures.item("hepu", 13));
		repository.put(BeibuGulfFixtures.item("hepu", 14));
		repository.put(OaiFixtureItem.deleted(BeibuGulfFixtures.identifier("hepu", 2), newest.plusSeconds(7200),
				List.of("module:dynamics")));
		HarvestRun incremental = this.harvests.runAndWait(source.id());

		assertThat(incremental.exitCode()).isEqualTo("COMPLETED");
		assertThat(this.servers.get(0).requests()).anyMatch((query) -> query.contains("from=" + newest.toString().replace(":", "%3A")));
		assertThat(incremental.read()).isEqualTo(4);
		assertThat(count(source.id())).isEqualTo(14);
		PortalRecord tombstone = document(source.id(), BeibuGulfFixtures.identifier("hepu", 2));
		assertThat(tombstone.deleted()).isTrue();
		assertThat(tombstone.hidden()).isTrue();
		assertThat(tombstone.title()).isNull();
		assertThat(new String(RawRecords.read(this.objectStore, tombstone.provenance().rawKey()).orElseThrow(),
				StandardCharsets.UTF_8))
			.contains("status=\"deleted\"")
			.contains(BeibuGulfFixtures.identifier("hepu", 2));
		assertThat(rawIdentifiers(source.id())).as("the incremental chunk's bundle holds the tombstone too")
			.contains(List.of(BeibuGulfFixtures.identifier("hepu", 12), BeibuGulfFixtures.identifier("hepu", 13),
					BeibuGulfFixtures.identifier("hepu", 14), BeibuGulfFixtures.identifier("hepu", 2)));
	}

	@Test
	void recordsThatFailTheCrosswalkAreSkippedAndRecordedWithTheirReason() throws Exception {
		List<OaiFixtureItem> items = new ArrayList<>(BeibuGulfFixtures.items("qinzhou", 12));
		items.set(4, OaiFixtureItem.of(BeibuGulfFixtures.identifier("qinzhou", 5), items.get(4).datestamp(), List.of(),
				OaiDcBuilder.create().creator("钦州市地方志办公室").subject("坭兴陶").toXml()));
		items.set(7, OaiFixtureItem.of(BeibuGulfFixtures.identifier("qinzhou", 8), items.get(7).datestamp(), List.of(),
				"<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo><title>钦州港</title></titleInfo></mods>"));
		HarvestSource source = register(serve(BeibuGulfFixtures.repository("钦州", items), 10));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.exitDescription()).contains("2 record(s) skipped");
		assertThat(run.read()).isEqualTo(12);
		assertThat(run.written()).isEqualTo(10);
		assertThat(run.skipped()).isEqualTo(2);
		assertThat(count(source.id())).isEqualTo(10);
		assertThat(rawIdentifiers(source.id()).stream().flatMap(List::stream))
			.as("a record skipped by the crosswalk is in no bundle")
			.hasSize(10)
			.doesNotContain(BeibuGulfFixtures.identifier("qinzhou", 5), BeibuGulfFixtures.identifier("qinzhou", 8));
		List<HarvestFailure> failures = this.harvests.failures(source.id());
		assertThat(failures).extracting(HarvestFailure::recordIdentifier)
			.containsExactlyInAnyOrder(BeibuGulfFixtures.identifier("qinzhou", 5), BeibuGulfFixtures.identifier("qinzhou", 8));
		assertThat(failures).allSatisfy((failure) -> {
			assertThat(failure.stage()).isEqualTo(FailureStage.MAP);
			assertThat(failure.jobExecutionId()).isEqualTo(run.executionId());
		});
		assertThat(failures).extracting(HarvestFailure::reason)
			.containsExactlyInAnyOrder("the record has no dc:title", "the metadata is not oai_dc: its root element is <mods>");
		assertThat(this.harvests.state(source.id())).hasValueSatisfying(
				(state) -> assertThat(state.lastStatus()).isEqualTo("COMPLETED WITH SKIPS"));
	}

	@Test
	void moreSkipsThanTheSkipLimitFailTheRun() throws Exception {
		List<OaiFixtureItem> items = new ArrayList<>(BeibuGulfFixtures.items("lianzhou", 8));
		for (int i = 1; i <= 5; i++) {
			items.set(i, OaiFixtureItem.of(BeibuGulfFixtures.identifier("lianzhou", i + 1), items.get(i).datestamp(),
					List.of(), OaiDcBuilder.create().subject("无题").toXml()));
		}
		HarvestSource source = register(serve(BeibuGulfFixtures.repository("廉州", items), 10));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("FAILED");
		assertThat(run.exitDescription())
			.isEqualTo("More than 3 records were skipped (portal.ingest.oai.skip-limit); the next one: the record has no dc:title");
		assertThat(count(source.id())).isZero();
		assertThat(this.harvests.failures(run.executionId())).filteredOn((failure) -> failure.stage() == FailureStage.JOB)
			.singleElement()
			.satisfies((failure) -> assertThat(failure.reason()).isEqualTo(run.exitDescription()));
	}

	@Test
	void documentsElasticsearchRejectsAreSkippedWithItsReasonAndTheOthersAreIndexed() throws Exception {
		List<OaiFixtureItem> items = new ArrayList<>(BeibuGulfFixtures.items("fangcheng", 12));
		String immense = "京".repeat(12_000);
		items.set(2, OaiFixtureItem.of(BeibuGulfFixtures.identifier("fangcheng", 3), items.get(2).datestamp(), List.of(),
				OaiDcBuilder.create().title("京族哈节").rights(immense).toXml()));
		HarvestSource source = register(serve(BeibuGulfFixtures.repository("防城港", items), 10));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.written()).isEqualTo(11);
		assertThat(run.skipped()).isEqualTo(1);
		assertThat(count(source.id())).isEqualTo(11);
		assertThat(this.harvests.failures(run.executionId())).singleElement().satisfies((failure) -> {
			assertThat(failure.stage()).isEqualTo(FailureStage.INDEX);
			assertThat(failure.recordIdentifier()).isEqualTo(BeibuGulfFixtures.identifier("fangcheng", 3));
			assertThat(failure.reason()).contains("Elasticsearch rejected").contains("rights");
		});
		// the one-record writes after the rejection reuse the chunk's bundle: two chunks, two objects
		assertThat(rawIdentifiers(source.id())).containsExactly(List.of(identifiers(items.subList(0, 10))),
				List.of(identifiers(items.subList(10, 12))));
		for (OaiFixtureItem item : items) {
			if (!item.identifier().equals(BeibuGulfFixtures.identifier("fangcheng", 3))) {
				String rawKey = document(source.id(), item.identifier()).provenance().rawKey();
				assertThat(new String(RawRecords.read(this.objectStore, rawKey).orElseThrow(), StandardCharsets.UTF_8))
					.contains(item.identifier());
			}
		}
	}

	@Test
	void anUnreachableEndpointFailsTheRunWithAClearMessageAndIndexesNothing() throws Exception {
		String closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = String.valueOf(socket.getLocalPort());
		}
		HarvestSource source = register("http://127.0.0.1:" + closedPort + "/oai");

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("FAILED");
		assertThat(run.exitCode()).isEqualTo("FAILED");
		assertThat(run.exitDescription()).startsWith("Cannot reach the OAI-PMH endpoint")
			.contains("after 3 attempt(s)")
			.contains("http://127.0.0.1:" + closedPort + "/oai?verb=ListRecords");
		assertThat(run.read()).isZero();
		assertThat(count(source.id())).isZero();
		assertThat(this.harvests.failures(source.id())).singleElement().satisfies((failure) -> {
			assertThat(failure.stage()).isEqualTo(FailureStage.READ);
			assertThat(failure.recordIdentifier()).isNull();
			assertThat(failure.reason()).isEqualTo(run.exitDescription());
			assertThat(failure.detail()).contains("ConnectException");
		});
		assertThat(this.harvests.state(source.id())).hasValueSatisfying((state) -> {
			assertThat(state.lastStatus()).isEqualTo("FAILED");
			assertThat(state.lastDatestamp()).isNull();
			assertThat(state.lastSuccessAt()).isNull();
		});
	}

	@Test
	void aMalformedPageFailsTheRunKeepsTheCommittedChunksAndARestartFinishesTheHarvest() throws Exception {
		List<OaiFixtureItem> items = BeibuGulfFixtures.items("dongxing", 25);
		OaiFixtureServer server = serve(BeibuGulfFixtures.repository("东兴", items), 10);
		server.malformedPage(2);
		HarvestSource source = register(server);

		HarvestRun failed = this.harvests.runAndWait(source.id());

		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.exitDescription()).startsWith("Malformed OAI-PMH response (not well-formed XML")
			.contains("resumptionToken=");
		assertThat(failed.written()).isEqualTo(10);
		assertThat(count(source.id())).isEqualTo(10);
		assertThat(this.objectStore.list(RawKeys.prefix(source.id()))).hasSize(1);
		assertThat(this.harvests.failures(failed.executionId())).singleElement()
			.satisfies((failure) -> assertThat(failure.stage()).isEqualTo(FailureStage.READ));

		server.clearFaults();
		HarvestRun restarted = this.harvests.await(this.harvests.restart(failed.executionId()), Duration.ofMinutes(2));

		assertThat(restarted.exitCode()).isEqualTo("COMPLETED");
		assertThat(restarted.written()).isEqualTo(15);
		assertThat(count(source.id())).isEqualTo(25);
		assertThat(rawIdentifiers(source.id()).stream().flatMap(List::stream)).as("every record in one bundle")
			.containsExactlyInAnyOrder(identifiers(items));
		assertThat(this.harvests.state(source.id())).hasValueSatisfying(
				(state) -> assertThat(state.lastDatestamp()).isEqualTo(items.get(24).datestamp().toString()));
	}

	@Test
	void honoursRetryAfterWhenTheRepositoryIsBusy() throws Exception {
		OaiFixtureServer server = serve(BeibuGulfFixtures.repository("白龙", BeibuGulfFixtures.items("bailong", 15)), 10);
		server.serviceUnavailableAtRequest(2, Duration.ofSeconds(1));
		HarvestSource source = register(server);

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.written()).isEqualTo(15);
		assertThat(server.requestCount()).isEqualTo(3);
		assertThat(server.requests().get(1)).isEqualTo(server.requests().get(2));
		assertThat(count(source.id())).isEqualTo(15);
	}

	@Test
	void theStatusOfASlowHarvestEstimatesItsEndFromTheCompleteListSize() {
		OaiFixtureServer server = OaiFixtureServer
			.builder(BeibuGulfFixtures.repository("钦州", BeibuGulfFixtures.items("eta", 80)))
			.pageSize(10)
			.pageDelay(Duration.ofMillis(400))
			.start();
		this.servers.add(server);
		HarvestSource source = register(server);

		long executionId = this.harvests.start(source.id(), HarvestMode.FULL);
		HarvestRun during = await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.harvests.status(executionId), (run) -> run.isRunning() && run.read() >= 20);
		Instant now = Instant.now();

		assertThat(during.read()).isLessThan(80);
		assertThat(during.expectedTotal()).as("completeListSize of the list").isEqualTo(80);
		// at least 400 ms per page of 10 are left: a plausible estimate lies between that and a minute
		Duration left = Duration.between(now, during.eta(now));
		assertThat(left).isBetween(Duration.ofMillis(400 * (80 - during.read()) / 10 / 2), Duration.ofMinutes(1));

		HarvestRun done = this.harvests.await(executionId, Duration.ofMinutes(2));

		assertThat(done.exitCode()).isEqualTo("COMPLETED");
		assertThat(done.expectedTotal()).isEqualTo(80);
		assertThat(done.eta(Instant.now())).as("no estimate once the run has ended").isNull();
	}

	@Test
	void withoutCompleteListSizeTheStatusHasNoEstimateUntilTheLastPage() {
		OaiFixtureServer server = OaiFixtureServer
			.builder(BeibuGulfFixtures.repository("防城港", BeibuGulfFixtures.items("noeta", 40)))
			.pageSize(10)
			.pageDelay(Duration.ofSeconds(1))
			.withoutCompleteListSize()
			.start();
		this.servers.add(server);
		HarvestSource source = register(server);

		long executionId = this.harvests.start(source.id(), HarvestMode.FULL);
		HarvestRun during = await().atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.harvests.status(executionId), (run) -> run.isRunning() && run.read() >= 10);

		assertThat(during.read()).isLessThan(30);
		assertThat(during.expectedTotal()).isNull();
		assertThat(during.eta(Instant.now())).isNull();

		HarvestRun done = this.harvests.await(executionId, Duration.ofMinutes(2));

		assertThat(done.written()).isEqualTo(40);
		assertThat(done.expectedTotal()).as("known once the last page has come").isEqualTo(40);
	}

	private OaiFixtureServer serve(OaiFixtureRepository repository, int pageSize) {
		OaiFixtureServer server = OaiFixtureServer.builder(repository).pageSize(pageSize).start();
		this.servers.add(server);
		return server;
	}

	private HarvestSource register(OaiFixtureServer server) {
		return register(server.baseUrl());
	}

	private HarvestSource register(String baseUrl) {
		String id = "it-" + SOURCES.incrementAndGet();
		return this.harvests.register(HarvestSource.oai(id, "测试来源 " + id, baseUrl, "北海市图书馆", "北海",
				List.of("guide"), List.of("history")));
	}

	/** The identifiers in each bundle of the source, bundles in key order. */
	private List<List<String>> rawIdentifiers(String sourceId) {
		List<String> keys = this.objectStore.list(RawKeys.prefix(sourceId)).stream().map(StoredObject::key).toList();
		assertThat(keys).as("raw objects of an OAI-PMH source are bundles").allMatch((key) -> key.startsWith(RawKeys.bundlePrefix(sourceId)));
		return keys.stream()
			.map((key) -> RawRecordBundle.records(this.objectStore.get(key).orElseThrow())
				.stream()
				.map(RawRecordBundle.RawRecord::identifier)
				.toList())
			.sorted(Comparator.comparing((List<String> identifiers) -> identifiers.get(0)))
			.toList();
	}

	private List<String> rawKeys(String sourceId, List<OaiRecord> records) throws IOException {
		this.elasticsearch.indices().refresh((refresh) -> refresh.index(RecordsIndex.ALIAS));
		List<String> rawKeys = new ArrayList<>();
		for (OaiRecord record : records) {
			rawKeys.add(document(sourceId, record.identifier()).provenance().rawKey());
		}
		return rawKeys;
	}

	private static Document parse(byte[] xml) throws Exception {
		return SafeXml.documentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private List<String> keys(String sourceId) {
		return this.objectStore.list(RawKeys.prefix(sourceId)).stream().map(StoredObject::key).sorted().toList();
	}

	private static String[] identifiers(List<OaiFixtureItem> items) {
		return items.stream().map(OaiFixtureItem::identifier).toArray(String[]::new);
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
