package cn.beibugulf.roadtosea.ingest.oai;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.IngestProperties;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What the curator console learns about a repository before harvesting it: Identify, formats, sets, one record. */
class OaiProbeTests {

	private static final IngestProperties.Oai SETTINGS = new IngestProperties.Oai(10, 3, 2, Duration.ofMillis(50),
			Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(10), "RoadToTheSea-Test", 3);

	private final List<OaiFixtureItem> items = BeibuGulfFixtures.items("probe", 12);

	private final OaiFixtureServer server = OaiFixtureServer
		.start(BeibuGulfFixtures.repository("北海市图书馆地方文献", this.items));

	private final OaiProbe probe = new OaiProbe(SETTINGS, Clock.systemUTC(),
			List.of(new OaiDcCrosswalk(), new MarcXmlCrosswalk()));

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void identifyGivesGranularityEarliestDatestampAndHowDeletionsAreKept() {
		OaiRepositoryInfo repository = this.probe.identify(this.server.baseUrl());

		assertThat(repository.name()).isEqualTo("北海市图书馆地方文献");
		assertThat(repository.baseUrl()).isEqualTo(this.server.baseUrl());
		assertThat(repository.protocolVersion()).isEqualTo("2.0");
		assertThat(repository.granularity()).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
		assertThat(repository.earliestDatestamp()).isEqualTo(this.items.get(0).datestamp());
		assertThat(repository.deletedRecord()).isEqualTo("persistent");
		assertThat(repository.adminEmails()).containsExactly("admin@example.org");
	}

	@Test
	void formatsSayWhichThePortalCanHarvest() {
		assertThat(this.probe.formats(this.server.baseUrl())).containsExactly(new OaiMetadataFormat("oai_dc",
				"http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/", true));

		try (OaiFixtureServer marc = OaiFixtureServer.builder(BeibuGulfFixtures.repository("MARC", this.items))
			.metadataFormat("marc21", "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd",
					"http://www.loc.gov/MARC21/slim")
			.start();
				OaiFixtureServer mods = OaiFixtureServer.builder(BeibuGulfFixtures.repository("MODS", this.items))
					.metadataFormat("mods", "http://www.loc.gov/standards/mods/v3/mods-3-7.xsd", "http://www.loc.gov/mods/v3")
					.start()) {
			assertThat(this.probe.formats(marc.baseUrl())).singleElement()
				.satisfies((format) -> assertThat(format.harvestable()).isTrue());
			assertThat(this.probe.formats(mods.baseUrl())).singleElement()
				.satisfies((format) -> assertThat(format.harvestable()).isFalse());
		}
	}

	@Test
	void setsAreListedAndARepositoryWithoutSetsHasNone() {
		assertThat(this.probe.sets(this.server.baseUrl())).extracting(OaiSet::spec)
			.containsExactly("module:origins", "module:dynamics", "theme:history", "theme:trade", "theme:folk-customs");
		assertThat(this.probe.sets(this.server.baseUrl())).first().isEqualTo(new OaiSet("module:origins", "溯源"));

		try (OaiFixtureServer flat = OaiFixtureServer.start(OaiFixtureRepository.of("无集合", List.of(), this.items))) {
			assertThat(this.probe.sets(flat.baseUrl())).isEmpty();
		}
	}

	@Test
	void getRecordReadsOneRecordAndAnUnknownIdentifierFailsClearly() {
		OaiRecord record = this.probe.record(this.server.baseUrl(), BeibuGulfFixtures.identifier("probe", 3), "oai_dc");

		assertThat(record.identifier()).isEqualTo(BeibuGulfFixtures.identifier("probe", 3));
		assertThat(record.datestamp()).isEqualTo(this.items.get(2).datestamp());
		assertThat(record.metadataXml()).contains("涠洲岛火山地貌（第3辑）");
		assertThatExceptionOfType(OaiHarvestException.class)
			.isThrownBy(() -> this.probe.record(this.server.baseUrl(), "oai:probe.example:404", "oai_dc"))
			.withMessage("The OAI-PMH endpoint answered with error 'idDoesNotExist' to GET " + this.server.baseUrl()
					+ "?verb=GetRecord&identifier=oai%3Aprobe.example%3A404&metadataPrefix=oai_dc");
	}

	@Test
	void anEndpointThatCannotBeReachedFailsClearly() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		assertThatExceptionOfType(OaiHarvestException.class)
			.isThrownBy(() -> this.probe.identify("http://127.0.0.1:" + closedPort + "/oai"))
			.withMessageStartingWith("Cannot reach the OAI-PMH endpoint (could not connect) after 2 attempt(s)");
	}

}
