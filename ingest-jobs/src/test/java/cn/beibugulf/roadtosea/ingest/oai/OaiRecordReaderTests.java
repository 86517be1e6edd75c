package cn.beibugulf.roadtosea.ingest.oai;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import cn.beibugulf.roadtosea.ingest.IngestProperties;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The OAI-PMH reader against the fixture endpoint, as Spring Batch drives it (open, read, update at
 * each commit, close): paging, selective harvesting, {@code noRecordsMatch}, expired resumption
 * tokens, and restarts that continue from the saved page.
 */
class OaiRecordReaderTests {

	private static final IngestProperties.Oai SETTINGS = new IngestProperties.Oai(10, 3, 3, Duration.ofMillis(50),
			Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(10), "RoadToTheSea-Test", 3);

	private final List<OaiFixtureServer> servers = new ArrayList<>();

	@AfterEach
	void stop() {
		this.servers.forEach(OaiFixtureServer::close);
	}

	@Test
	void readsEveryPageFollowingTheResumptionTokens() throws Exception {
		OaiFixtureServer server = serve(BeibuGulfFixtures.items("paged", 25));

		List<OaiRecord> records = readAll(reader(server, null), new ExecutionContext());

		assertThat(identifiers(records)).containsExactlyElementsOf(identifiers("paged", 1, 25));
		assertThat(server.requests()).hasSize(3);
		assertThat(server.requests().get(0)).isEqualTo("verb=ListRecords&metadataPrefix=oai_dc");
		assertThat(server.requests().subList(1, 3)).allSatisfy((query) -> assertThat(query)
			.startsWith("verb=ListRecords&resumptionToken=")
			.doesNotContain("metadataPrefix"));
		assertThat(records.get(2).metadataXml()).contains("涠洲岛火山地貌（第3辑）");
	}

	@Test
	void harvestsOnlyTheSourcesSet() throws Exception {
		OaiFixtureServer server = serve(BeibuGulfFixtures.items("sets", 25));
		HarvestSource source = source(server).withSetSpec("module:dynamics");

		List<OaiRecord> records = readAll(new OaiRecordReader(source, null, client(server), 3), new ExecutionContext());

		assertThat(identifiers(records)).containsExactly("oai:sets.example:2", "oai:sets.example:4", "oai:sets.example:6",
				"oai:sets.example:8", "oai:sets.example:10", "oai:sets.example:12", "oai:sets.example:14",
				"oai:sets.example:16", "oai:sets.example:18", "oai:sets.example:20", "oai:sets.example:22",
				"oai:sets.example:24");
		assertThat(records).allSatisfy((record) -> assertThat(record.setSpecs()).contains("module:dynamics"));
		assertThat(server.requests().get(0)).isEqualTo("verb=ListRecords&set=module%3Adynamics&metadataPrefix=oai_dc");
	}

	@Test
	void noRecordsMatchIsAHarvestOfNothing() throws Exception {
		OaiFixtureServer server = serve(BeibuGulfFixtures.items("none", 5));
		Instant future = BeibuGulfFixtures.FIRST_DATESTAMP.plus(Duration.ofDays(365));

		List<OaiRecord> records = readAll(reader(server, future), new ExecutionContext());

		assertThat(records).isEmpty();
		assertThat(server.requests()).containsExactly("verb=Identify",
				"verb=ListRecords&from=" + encoded(future) + "&metadataPrefix=oai_dc");
	}

	@Test
	void anExpiredResumptionTokenStartsTheListAgainFromTheNewestDatestampHarvested() throws Exception {
		List<OaiFixtureItem> items = BeibuGulfFixtures.items("expiry", 25);
		OaiFixtureServer server = serve(items);
		server.expireResumptionTokenAtPage(2);

		List<OaiRecord> records = readAll(reader(server, null), new ExecutionContext());

		Instant newestOfPage1 = items.get(9).datestamp();
		assertThat(server.requests()).hasSize(5);
		assertThat(server.requests().get(1)).startsWith("verb=ListRecords&resumptionToken=");
		assertThat(server.requests().get(2)).isEqualTo("verb=Identify");
		assertThat(server.requests().get(3))
			.isEqualTo("verb=ListRecords&from=" + encoded(newestOfPage1) + "&metadataPrefix=oai_dc");
		// record 10 (the newest datestamp, inclusive) comes twice; its document is simply overwritten
		assertThat(records).hasSize(26);
		assertThat(identifiers(records)).containsExactlyElementsOf(concat(identifiers("expiry", 1, 10),
				identifiers("expiry", 10, 25)));
	}

	@Test
	void whenTheDatestampsAreNotInOrderAnExpiredTokenStartsTheListAgainFromTheStart() throws Exception {
		List<OaiFixtureItem> items = new ArrayList<>(BeibuGulfFixtures.items("unordered", 25));
		Collections.reverse(items);
		OaiFixtureServer server = serve(items);
		server.expireResumptionTokenAtPage(2);

		List<OaiRecord> records = readAll(reader(server, null), new ExecutionContext());

		assertThat(server.requests().get(2)).isEqualTo("verb=ListRecords&metadataPrefix=oai_dc");
		assertThat(records).hasSize(35);
		assertThat(identifiers(records).stream().distinct()).hasSize(25);
	}

	@Test
	void aRunFailsWhenTheRepositoryKeepsRejectingItsResumptionTokens() throws Exception {
		OaiFixtureServer server = serve(BeibuGulfFixtures.items("rejects", 25));
		server.expireResumptionTokenAtPage(2);
		OaiRecordReader reader = new OaiRecordReader(source(server), null, client(server), 0);

		assertThatExceptionOfType(OaiHarvestException.class).isThrownBy(() -> readAll(reader, new ExecutionContext()))
			.withMessageStartingWith("The OAI-PMH endpoint rejected the resumption token of the list 1 times "
					+ "(portal.ingest.oai.max-list-restarts is 0); the last time the repository answered "
					+ "badResumptionToken to GET " + server.baseUrl() + "?verb=ListRecords&resumptionToken=");
	}

	@Test
	void aRestartAsksForThePageOfTheLastCommitAndSkipsTheRecordsAlreadyHarvested() throws Exception {
		OaiFixtureServer server = serve(BeibuGulfFixtures.items("resume", 25));
		ExecutionContext context = new ExecutionContext();
		OaiRecordReader first = reader(server, null);
		first.open(context);
		List<OaiRecord> before = read(first, 15);
		first.update(context); // the commit of the chunk that ends with record 15
		read(first, 3); // read, but lost with the process
		// page 3 is prefetched while page 2 is read; let that request reach the server before the
		// "crash", or it may be counted among the restarted reader's requests
		await().atMost(Duration.ofSeconds(30)).until(() -> server.requestCount() == 3);
		first.close();
		String tokenOfPage2 = server.requests().get(1);
		int requestsBefore = server.requestCount();

		List<OaiRecord> after = readAll(reader(server, null), context);

		assertThat(identifiers(before)).containsExactlyElementsOf(identifiers("resume", 1, 15));
		assertThat(identifiers(after)).containsExactlyElementsOf(identifiers("resume", 16, 25));
		assertThat(server.requests().subList(requestsBefore, server.requestCount())).hasSize(2)
			.first()
			.isEqualTo(tokenOfPage2);
	}

	@Test
	void aRestartWhoseSavedTokenHasExpiredContinuesFromTheNewestDatestampHarvested() throws Exception {
		List<OaiFixtureItem> items = BeibuGulfFixtures.items("stale", 25);
		OaiFixtureServer server = serve(items);
		ExecutionContext context = new ExecutionContext();
		OaiRecordReader first = reader(server, null);
		first.open(context);
		read(first, 15);
		first.update(context);
		first.close();
		server.expireResumptionTokenAtPage(2);

		List<OaiRecord> after = readAll(reader(server, null), context);

		assertThat(identifiers(after)).containsExactlyElementsOf(identifiers("stale", 15, 25));
		assertThat(server.requests()).contains(
				"verb=ListRecords&from=" + encoded(items.get(14).datestamp()) + "&metadataPrefix=oai_dc");
	}

	@Test
	void aRestartAfterTheLastPageReadsNothingMore() throws Exception {
		OaiFixtureServer server = serve(BeibuGulfFixtures.items("done", 12));
		ExecutionContext context = new ExecutionContext();
		OaiRecordReader first = reader(server, null);
		first.open(context);
		read(first, 12);
		first.update(context);
		first.close();

		assertThat(readAll(reader(server, null), context)).isEmpty();
	}

	@Test
	void aContextSavedWithoutPagePositionsIsResumedByReadingPastTheRecordsAlreadyHarvested() throws Exception {
		OaiFixtureServer server = serve(BeibuGulfFixtures.items("legacy", 25));
		ExecutionContext context = new ExecutionContext();
		context.putInt("oaiRecordReader.read.count", 12);

		List<OaiRecord> records = readAll(reader(server, null), context);

		assertThat(identifiers(records)).containsExactlyElementsOf(identifiers("legacy", 13, 25));
	}

	private OaiFixtureServer serve(List<OaiFixtureItem> items) {
		OaiFixtureServer server = OaiFixtureServer.builder(BeibuGulfFixtures.repository("北海", items))
			.pageSize(10)
			.start();
		this.servers.add(server);
		return server;
	}

	private static HarvestSource source(OaiFixtureServer server) {
		return HarvestSource.oai("reader-test", "测试", server.baseUrl(), "北海市图书馆", "北海", List.of(), List.of());
	}

	private static OaiHttpClient client(OaiFixtureServer server) {
		return new OaiHttpClient(server.baseUrl(), SETTINGS, Clock.systemUTC());
	}

	private static OaiRecordReader reader(OaiFixtureServer server, Instant from) {
		return new OaiRecordReader(source(server), from, client(server), 3);
	}

	private static List<OaiRecord> readAll(OaiRecordReader reader, ExecutionContext context) throws Exception {
		reader.open(context);
		try {
			List<OaiRecord> records = new ArrayList<>();
			for (OaiRecord record = reader.read(); record != null; record = reader.read()) {
				records.add(record);
			}
			reader.update(context);
			return records;
		}
		finally {
			reader.close();
		}
	}

	private static List<OaiRecord> read(OaiRecordReader reader, int count) throws Exception {
		List<OaiRecord> records = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			records.add(reader.read());
		}
		return records;
	}

	private static List<String> identifiers(List<OaiRecord> records) {
		return records.stream().map(OaiRecord::identifier).toList();
	}

	private static List<String> identifiers(String prefix, int first, int last) {
		List<String> identifiers = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			identifiers.add(BeibuGulfFixtures.identifier(prefix, i));
		}
		return identifiers;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static String encoded(Instant instant) {
		return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
	}

}
