package cn.beibugulf.roadtosea.ingest.marc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.RawKeys;
import cn.beibugulf.roadtosea.ingest.SharedSamples;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.http.TestHttpServer;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.HarvestSourceRepository;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code marcHarvestJob} end to end on the real catalogue samples (copied into the import
 * directory, or served over HTTP by a local server), the embedded Elasticsearch node, the
 * embedded S3 server and H2 in file mode.
 */
@SpringBootTest(classes = IngestTestApplication.class,
		properties = { "portal.ingest.marc.chunk-size=10", "portal.ingest.marc.retry-backoff=100ms" })
class MarcHarvestJobIntegrationTests {

	static {
		TestDataDirectory.use("marc-harvest");
	}

	private static final AtomicInteger SOURCES = new AtomicInteger();

	private static final String PROQUEST = "marc21_marc8_proquest_38rec_same_as_cmarc.mrc";

	private final TestHttpServer server = TestHttpServer.start();

	@Autowired
	private HarvestService harvests;

	@Autowired
	private HarvestSourceRepository sources;

	@Autowired
	private ImportFolder importDirectory;

	@Autowired
	private ObjectStore objectStore;

	@Autowired
	private ElasticsearchClient elasticsearch;

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void indexesEveryRecordOfAMarc8CatalogueWithItsTitleAndOriginalBytesAndRunsAgainWithoutDuplicates()
			throws Exception {
		Path file = importSample(PROQUEST);
		HarvestSource source = register(PROQUEST);

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.read()).isEqualTo(38);
		assertThat(run.written()).isEqualTo(38);
		assertThat(count(source.id())).isEqualTo(38);
		assertThat(titles(source.id())).hasSize(38)
			.containsEntry("EBC332079", "Ethno-religious violence in Indonesia from soil to God")
			.containsEntry("EBC333183", "Focus Gamelan music of Indonesia")
			.containsEntry("EBC359928", "Cancer epigenetics")
			.isEqualTo(titlesReadFrom(file));
		PortalRecord first = document(source.id(), "EBC332079");
		assertThat(first.type()).isEqualTo("book");
		assertThat(first.language()).isEqualTo("en");
		assertThat(first.year()).isEqualTo(2008);
		assertThat(first.modules()).containsExactly("origins");
		assertThat(first.themes()).containsExactly("cultural-exchange");
		assertThat(first.library()).isEqualTo("广西壮族自治区图书馆");
		assertThat(first.provenance().format()).isEqualTo("marc21/iso2709");
		assertThat(first.provenance().rawKey()).isEqualTo(RawKeys.prefix(source.id()) + "EBC332079.mrc");
		byte[] raw = this.objectStore.get(first.provenance().rawKey()).orElseThrow();
		byte[] original = Files.readAllBytes(file);
		assertThat(raw).isEqualTo(Arrays.copyOf(original, raw.length));
		assertThat(raw[raw.length - 1]).isEqualTo((byte) 0x1D);
		assertThat(this.objectStore.list(RawKeys.prefix(source.id()))).hasSize(38);

		HarvestRun again = this.harvests.runAndWait(source.id());

		assertThat(again.exitCode()).isEqualTo("COMPLETED");
		assertThat(again.written()).isEqualTo(38);
		assertThat(count(source.id())).isEqualTo(38);
		assertThat(this.objectStore.list(RawKeys.prefix(source.id()))).hasSize(38);
	}

	@Test
	void aGarbledRecordIsSkippedAndRecordedWhileTheGoodOnesAreIndexed() throws Exception {
		Path file = importSample("BROKEN_marc21_marc8_eacc_chinese_mangled.mrc");
		HarvestSource source = register(file.toUri().toString());

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.read()).isEqualTo(4);
		assertThat(run.skipped()).isEqualTo(1);
		assertThat(run.written()).isEqualTo(3);
		// the three good records are copies of one record (001 u6080510): one document
		assertThat(count(source.id())).isEqualTo(1);
		PortalRecord record = document(source.id(), "u6080510");
		assertThat(record.title()).isEqualTo("車輪滾滾");
		assertThat(record.workKey()).isEqualTo("isbn:9787884085620");
		assertThat(this.harvests.failures(run.executionId())).singleElement().satisfies((failure) -> {
			assertThat(failure.stage()).isEqualTo(FailureStage.READ);
			assertThat(failure.recordIdentifier()).isEqualTo("record 1 at byte 0 (001 u6080510)");
			assertThat(failure.reason()).startsWith("MARC-8 conversion: ")
				.endsWith("its text would be garbled, so the record is skipped (portal.ingest.marc.skip-garbled-records)");
			assertThat(failure.detail()).isEqualTo("read stage CONVERT");
		});
	}

	@Test
	void readsAUnimarcXmlCatalogueWithChineseRecordsAndGroupsEditionsByIsbn() throws Exception {
		Path file = importSample("unimarcxml_sru_bnu_chinese_10rec.xml");
		HarvestSource source = register(file.toString());

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.written()).isEqualTo(10);
		assertThat(count(source.id())).isEqualTo(10);
		PortalRecord first = document(source.id(), "990002180740203961");
		assertThat(first.title()).isEqualTo("'94中国发展报告");
		assertThat(first.year()).isEqualTo(1994);
		assertThat(first.language()).isEqualTo("zh-CN");
		assertThat(first.workKey()).isEqualTo("isbn:9787503717444");
		assertThat(first.provenance().format()).isEqualTo("unimarc/marcxml");
		assertThat(new String(this.objectStore.get(first.provenance().rawKey()).orElseThrow(), StandardCharsets.UTF_8))
			.contains("'94中国发展报告", "990002180740203961");
		// two catalogue records of the same edition share the ISBN, so they share the work key
		assertThat(document(source.id(), "9910637057203961").workKey())
			.isEqualTo(document(source.id(), "990001379280203961").workKey())
			.startsWith("isbn:978750372623");
		// and the run's end links them: each lists the other as a version of its work
		assertThat(versionIds(source.id(), "9910637057203961"))
			.containsExactly((Object) PortalRecord.idOf(source.id(), "990001379280203961"));
		assertThat(versionIds(source.id(), "990001379280203961"))
			.containsExactly((Object) PortalRecord.idOf(source.id(), "9910637057203961"));
		assertThat(versionIds(source.id(), "990002180740203961")).as("a record alone in its work").isNull();
	}

	@Test
	void aFileOutsideTheImportDirectoryIsRefused() throws Exception {
		Path outside = SharedSamples.file("marc", PROQUEST);
		for (String location : List.of(outside.toString(), outside.toUri().toString(), "file:/etc/passwd", "../secret.mrc")) {
			assertThatIllegalArgumentException().as(location)
				.isThrownBy(() -> register(location))
				.withMessageContaining("is outside the import directory");
		}

		// a source that got in another way (the import directory moved) is refused when harvested
		HarvestSource sneaked = this.sources.save(HarvestSource.marc("marc-sneaked", "绕过", outside.toString(), null,
				null, List.of(), List.of()));
		HarvestRun run = this.harvests.runAndWait(sneaked.id());

		assertThat(run.status()).isEqualTo("FAILED");
		assertThat(run.exitDescription()).startsWith("Refused to read the catalogue: '" + outside + "' is outside");
		assertThat(run.read()).isZero();
		assertThat(this.harvests.failures(run.executionId())).singleElement()
			.satisfies((failure) -> assertThat(failure.stage()).isEqualTo(FailureStage.READ));
	}

	@Test
	void aMissingFileFailsTheRunWithAClearMessage() {
		HarvestSource source = register("not-uploaded-yet.mrc");

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("FAILED");
		assertThat(run.exitDescription()).isEqualTo("The catalogue file "
				+ this.importDirectory.root().resolve("not-uploaded-yet.mrc") + " does not exist (or is not a file)");
	}

	@Test
	void aDownloadCutShortFailsTheRunKeepsTheCommittedChunksAndARestartFinishesTheHarvest() throws Exception {
		byte[] catalogue = Files.readAllBytes(SharedSamples.file("marc", PROQUEST));
		this.server.serveCut("/export.mrc", catalogue, "application/marc", 35_000);
		HarvestSource source = register(this.server.url("/export.mrc"));

		HarvestRun failed = this.harvests.runAndWait(source.id());

		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.exitDescription()).startsWith("The catalogue " + this.server.url("/export.mrc")
				+ " could not be read after record ");
		assertThat(failed.written()).isEqualTo(20);
		assertThat(count(source.id())).isEqualTo(20);
		assertThat(this.harvests.failures(failed.executionId())).singleElement()
			.satisfies((failure) -> assertThat(failure.stage()).isEqualTo(FailureStage.READ));

		this.server.serve("/export.mrc", catalogue, "application/marc");
		HarvestRun restarted = this.harvests.await(this.harvests.restart(failed.executionId()), Duration.ofMinutes(2));

		assertThat(restarted.exitCode()).isEqualTo("COMPLETED");
		assertThat(restarted.written()).isEqualTo(18);
		assertThat(count(source.id())).isEqualTo(38);
		assertThat(this.objectStore.list(RawKeys.prefix(source.id()))).hasSize(38);
	}

	private Path importSample(String name) throws IOException {
		Path target = this.importDirectory.root().resolve(name);
		Files.createDirectories(target.getParent());
		Files.copy(SharedSamples.file("marc", name), target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	private HarvestSource register(String location) {
		String id = "marc-" + SOURCES.incrementAndGet();
		return this.harvests.register(HarvestSource.marc(id, "测试书目 " + id, location, "广西壮族自治区图书馆", "南宁",
				List.of("origins"), List.of("cultural-exchange")));
	}

	/** Control number → title, as the catalogue reader reads the file. */
	private static Map<String, String> titlesReadFrom(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new CatalogueReader().read(in)
				.filter((outcome) -> outcome instanceof ReadOutcome.Item<MarcItem>)
				.map((outcome) -> ((ReadOutcome.Item<MarcItem>) outcome).value())
				.collect(Collectors.toMap(MarcItem::controlNumber, MarcItem::title));
		}
	}

	/** Control number → title, as indexed. */
	private Map<String, String> titles(String sourceId) throws IOException {
		return this.elasticsearch
			.search((search) -> search.index(RecordsIndex.ALIAS)
				.size(100)
				.query((query) -> query.term((term) -> term.field("sourceId").value(sourceId))), PortalRecord.class)
			.hits()
			.hits()
			.stream()
			.map(Hit::source)
			.collect(Collectors.toMap(PortalRecord::sourceIdentifier, PortalRecord::title));
	}

	private long count(String sourceId) throws IOException {
		this.elasticsearch.indices().refresh((refresh) -> refresh.index(RecordsIndex.ALIAS));
		return this.elasticsearch
			.count((count) -> count.index(RecordsIndex.ALIAS)
				.query((query) -> query.term((term) -> term.field("sourceId").value(sourceId))))
			.count();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private List<Object> versionIds(String sourceId, String identifier) throws IOException {
		return (List<Object>) this.elasticsearch
			.get((get) -> get.index(RecordsIndex.ALIAS).id(PortalRecord.idOf(sourceId, identifier)), Map.class)
			.source()
			.get("versionIds");
	}

	private PortalRecord document(String sourceId, String identifier) throws IOException {
		return this.elasticsearch
			.get((get) -> get.index(RecordsIndex.ALIAS).id(PortalRecord.idOf(sourceId, identifier)), PortalRecord.class)
			.source();
	}

}
