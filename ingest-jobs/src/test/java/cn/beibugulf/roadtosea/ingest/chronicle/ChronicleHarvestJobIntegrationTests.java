package cn.beibugulf.roadtosea.ingest.chronicle;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.beibugulf.roadtosea.ingest.HarvestMode;
import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailure;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.local.IndexedRecords;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.EventDate;
import cn.beibugulf.roadtosea.record.Place;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code chronicleHarvestJob} end to end on the embedded Elasticsearch node, s3proxy and H2: the
 * 大事记 of Beihai City Library's 2020 annual report (217 entries, as the parser's own test counts
 * them) and a GBK chronicle whose year comes from its heading.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class ChronicleHarvestJobIntegrationTests {

	static {
		TestDataDirectory.use("chronicle-harvest");
	}

	@Autowired
	private HarvestService harvests;

	@Autowired
	private ImportFolder importFolder;

	@Autowired
	private ObjectStore objectStore;

	@Autowired
	private ElasticsearchClient elasticsearch;

	private IndexedRecords index;

	@BeforeEach
	void index() {
		this.index = new IndexedRecords(this.elasticsearch);
	}

	@Test
	void indexesOneEventPerEntryOfTheAnnualReportWithItsDatesAndRunsAgainWithoutDuplicates() throws IOException {
		Path report = this.importFolder.root().resolve("reports/北海市图书馆2020年报.txt");
		Files.createDirectories(report.getParent());
		Files.copy(SharedData.file(BeihaiAnnualReportChronicleTests.REPORT), report);
		HarvestSource source = this.harvests.register(HarvestSource.chronicle("bh-2020", "北海市图书馆2020年大事记",
				"file:reports/北海市图书馆2020年报.txt", 2020, "北海市图书馆", "北海", List.of(), List.of("history")));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(run.read()).isEqualTo(BeihaiAnnualReportChronicleTests.EXPECTED_ENTRIES);
		assertThat(run.written()).isEqualTo(BeihaiAnnualReportChronicleTests.EXPECTED_ENTRIES);
		assertThat(this.index.count(source.id())).isEqualTo(BeihaiAnnualReportChronicleTests.EXPECTED_ENTRIES);

		PortalRecord first = this.index.get("bh-2020:2020-01-01-80");
		assertThat(first.type()).isEqualTo("event");
		assertThat(first.modules()).containsExactly("origins");
		assertThat(first.themes()).containsExactly("history");
		assertThat(first.eventDate()).isEqualTo(new EventDate("2020-01-01", "2020-01-01"));
		assertThat(first.issued()).isEqualTo("2020-01-01");
		assertThat(first.description())
			.isEqualTo("在北海市图书馆举办“不负韶华、共普时代华章”北部湾经济区图书馆服务联盟新年系列活动。");
		assertThat(first.title()).startsWith("在北海市图书馆举办“不负韶华、共普时代华章”").endsWith("…");
		assertThat(first.places()).extracting(Place::name).contains("北海");
		assertThat(first.places()).allSatisfy((place) -> assertThat(place.geo()).isNotNull());
		assertThat(first.library()).isEqualTo("北海市图书馆");
		assertThat(first.language()).isEqualTo("zh-CN");

		assertThat(this.index.get("bh-2020:2020-06-25-254").eventDate()).isEqualTo(new EventDate("2020-06-25", "2020-07-06"));
		assertThat(this.index.get("bh-2020:2020-11-13-413").eventDate()).isEqualTo(new EventDate("2020-11-13", "2020-11-14"));
		PortalRecord wholeMonths = this.index.get("bh-2020:2020-02-01-121");
		assertThat(wholeMonths.eventDate()).isEqualTo(new EventDate("2020-02-01", "2020-03-31"));
		assertThat(wholeMonths.issued()).isEqualTo("2020-02");
		assertThat(wholeMonths.title()).isEqualTo("闭馆不打烊——公共文化服务助力疫情防控工作");
		PortalRecord last = this.index.get("bh-2020:2020-12-31-473");
		assertThat(last.title()).isEqualTo("北海市图书馆党支部召开支部换届选举党员大会");
		assertThat(this.index.searchPhrase(source.id(), "description", "垃圾分类")).extracting(PortalRecord::id)
			.contains("bh-2020:2020-01-19-105");

		String rawKey = first.provenance().rawKey();
		assertThat(rawKey).isEqualTo("raw/bh-2020/reports%2F%E5%8C%97%E6%B5%B7%E5%B8%82%E5%9B%BE%E4%B9%A6%E9%A6%862020%E5%B9%B4%E6%8A%A5.txt");
		assertThat(this.objectStore.get(rawKey)).hasValueSatisfying((bytes) -> assertThat(bytes).isEqualTo(readAll(report)));

		HarvestRun again = this.harvests.runAndWait(source.id(), HarvestMode.FULL);

		assertThat(again.exitCode()).isEqualTo("COMPLETED");
		assertThat(this.index.count(source.id())).isEqualTo(BeihaiAnnualReportChronicleTests.EXPECTED_ENTRIES);
	}

	@Test
	void readsAGbkChronicleTakingTheYearFromItsHeadingAndRecordsTheLinesItCannotRead() throws IOException {
		String chronicle = """
				钦州市图书馆2021年大事记
				1月8日，钦州市图书馆举办坭兴陶文化展。
				13月5日，这一行的月份不存在。
				3月2日-4日，钦州港开海节阅读推广活动在三娘湾举行。
				""";
		Path file = this.importFolder.root().resolve("qinzhou-2021.txt");
		Files.write(file, chronicle.getBytes(Charset.forName("GBK")));
		HarvestSource source = this.harvests.register(HarvestSource.chronicle("qz-2021", "钦州市图书馆2021年大事记",
				"file:qinzhou-2021.txt", null, "钦州市图书馆", "钦州", List.of(), List.of()));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.written()).isEqualTo(2);
		assertThat(run.skipped()).isEqualTo(1);
		assertThat(this.index.get("qz-2021:2021-01-08-2").title()).isEqualTo("钦州市图书馆举办坭兴陶文化展");
		assertThat(this.index.get("qz-2021:2021-03-02-4").eventDate()).isEqualTo(new EventDate("2021-03-02", "2021-03-04"));
		assertThat(this.harvests.failures(run.executionId())).singleElement().satisfies((failure) -> {
			assertThat(failure.recordIdentifier()).isEqualTo("line 3");
			assertThat(failure.stage()).isEqualTo(FailureStage.PARSE);
			assertThat(failure.reason()).isEqualTo("there is no month 13月: 13月5日，这一行的月份不存在。");
		});
	}

	@Test
	void aSourceOutsideTheImportFolderFailsTheRunSayingSo() {
		HarvestSource source = this.harvests.register(HarvestSource.chronicle("outside", "越界", "file:../../pom.xml", 2020,
				"北海市图书馆", "北海", List.of(), List.of()));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("FAILED");
		assertThat(run.exitDescription()).contains("is outside the import folder").contains("refused");
		assertThat(this.harvests.failures(run.executionId())).extracting(HarvestFailure::stage)
			.containsExactly(FailureStage.READ);
	}

	private static byte[] readAll(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
