package cn.beibugulf.roadtosea.ingest.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

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
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.storage.ObjectStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code spreadsheetHarvestJob} end to end on the embedded Elasticsearch node, s3proxy and H2, with
 * sheets written here: a chronicle CSV with bad rows, an experts CSV in GBK, a policies workbook.
 */
@SpringBootTest(classes = IngestTestApplication.class,
		properties = { "portal.ingest.sheet.chunk-size=2", "portal.ingest.sheet.skip-limit=3" })
class SpreadsheetHarvestJobIntegrationTests {

	static {
		TestDataDirectory.use("sheet-harvest");
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
	void aChronicleSheetBecomesOriginsEventsAndItsBadRowsAreRecordedWithTheirNumbers() throws IOException {
		String csv = """
				date,end date,title,description,place,links
				2020-01-05,,合浦汉代文化讲座,在合浦县图书馆举办,合浦,https://lib.example/hepu
				2020/3/24,2020/3/30,“三月三”线上直播活动,每晚20:30直播,北海,
				2020-02-30,,闭馆通知,日期写错了,北海,
				2020-06,,,没有标题,北海,
				2020年5月,,全民阅读月,五月全月,北海、钦州,
				2020-01-05,,合浦汉代文化讲座,重复的一行,合浦,
				""";
		write("sheets/chronicle-2020.csv", csv.getBytes(StandardCharsets.UTF_8));
		HarvestSource source = this.harvests.register(HarvestSource.spreadsheet("bh-sheet", "北海大事记表",
				"file:sheets/chronicle-2020.csv", "chronicle", "北海市图书馆", "北海", List.of(), List.of("history")));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.read()).isEqualTo(6);
		assertThat(run.written()).isEqualTo(3);
		assertThat(run.skipped()).isEqualTo(3);
		assertThat(this.index.count(source.id())).isEqualTo(3);
		assertThat(this.harvests.failures(run.executionId()))
			.extracting(HarvestFailure::recordIdentifier, HarvestFailure::stage, HarvestFailure::reason)
			.containsExactly(
					tuple("row 4", FailureStage.MAP,
							"'2020-02-30' in column date is not a date (write 2020-03-24, 2020/3/24, 2020年3月24日, 2020-03 or 2020)"),
					tuple("row 5", FailureStage.MAP, "no title"),
					tuple("row 7", FailureStage.MAP, "duplicate of row 2 (same key columns)"));
		List<PortalRecord> records = this.index.searchPhrase(source.id(), "title", "三月三");
		assertThat(records).singleElement().satisfies((record) -> {
			assertThat(record.type()).isEqualTo("event");
			assertThat(record.modules()).containsExactly("origins");
			assertThat(record.eventDate()).isEqualTo(new EventDate("2020-03-24", "2020-03-30"));
			assertThat(record.places()).singleElement().satisfies((place) -> {
				assertThat(place.name()).isEqualTo("北海");
				assertThat(place.geo()).isNotNull();
			});
			assertThat(record.provenance().rawKey()).isEqualTo("raw/bh-sheet/sheets%2Fchronicle-2020.csv");
		});
		assertThat(this.index.searchPhrase(source.id(), "title", "全民阅读月")).singleElement()
			.satisfies((record) -> assertThat(record.eventDate()).isEqualTo(new EventDate("2020-05-01", "2020-05-31")));
		assertThat(this.objectStore.get("raw/bh-sheet/sheets%2Fchronicle-2020.csv"))
			.hasValueSatisfying((bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(csv));
	}

	@Test
	void anExpertsSheetInGbkBecomesThinkTankExperts() throws IOException {
		String csv = "编号,姓名,单位,研究领域,简介,代表作\r\n"
				+ "E01,李明,北部湾大学海洋学院,海洋文化；海上丝绸之路,长期研究北部湾海洋文化。,《北部湾海洋文化史》\r\n"
				+ "E02,黄海燕,广西社会科学院,东盟经贸,,《中国—东盟自贸区十年》；《北部湾港口群》\r\n";
		write("experts.csv", csv.getBytes(Charset.forName("GBK")));
		HarvestSource source = this.harvests.register(HarvestSource.spreadsheet("gx-experts", "专家库", "file:experts.csv",
				"experts", "广西壮族自治区图书馆", "南宁", List.of(), List.of("trade")));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(this.index.count(source.id())).isEqualTo(2);
		PortalRecord expert = this.index.get("gx-experts:E02");
		assertThat(expert.type()).isEqualTo("expert");
		assertThat(expert.title()).isEqualTo("黄海燕");
		assertThat(expert.modules()).containsExactly("thinktank");
		assertThat(expert.categories()).containsExactly("广西社会科学院");
		assertThat(expert.subjects()).containsExactly("东盟经贸");
		assertThat(expert.description()).isEqualTo("代表作：《中国—东盟自贸区十年》；《北部湾港口群》");
		assertThat(expert.pinyin()).contains("huanghaiyan");
	}

	@Test
	void aPoliciesWorkbookLinksPoliciesToTheirInterpretationsAndCases() throws IOException {
		Path workbook = this.importFolder.root().resolve("policies.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
			Sheet sheet = book.createSheet("政策库");
			String[][] rows = { { "id", "type", "title", "issuer", "level", "issued date", "effective date", "status",
					"interpretations", "cases", "policy" },
					{ "P1", "政策", "广西北部湾经济区发展规划", "国家发展改革委", "国家级", "2008-01-16", "2008-02-01", "现行有效", "I1", "C1",
							"" },
					{ "I1", "解读", "一图读懂北部湾经济区发展规划", "广西发展改革委", "自治区级", "2008-02-20", "", "", "", "", "P1" },
					{ "C1", "案例", "钦州港片区制度创新案例", "钦州市人民政府", "市级", "2021-06-01", "", "", "", "", "P1" },
					{ "P2", "通知", "格式不对的一行", "", "", "", "", "", "", "", "" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (!rows[r][c].isEmpty()) {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			book.write(out);
		}
		HarvestSource source = this.harvests.register(HarvestSource.spreadsheet("gx-policy", "政策库", "file:policies.xlsx",
				"policies", "广西壮族自治区图书馆", "南宁", List.of(), List.of()));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(this.index.count(source.id())).isEqualTo(3);
		PortalRecord policy = this.index.get("gx-policy:P1");
		assertThat(policy.type()).isEqualTo("policy");
		assertThat(policy.modules()).containsExactly("guide");
		assertThat(policy.related()).containsExactly("gx-policy:I1", "gx-policy:C1");
		assertThat(policy.eventDate()).isEqualTo(new EventDate("2008-02-01", null));
		assertThat(policy.categories()).containsExactly("国家级", "现行有效");
		assertThat(this.index.get("gx-policy:I1").type()).isEqualTo("interpretation");
		assertThat(this.index.get("gx-policy:C1").related()).containsExactly("gx-policy:P1");
		assertThat(this.harvests.failures(run.executionId())).singleElement()
			.satisfies((failure) -> assertThat(failure.recordIdentifier()).isEqualTo("row 5"));
	}

	@Test
	void aSheetWithoutTheColumnsItsKindNeedsFailsTheRunNamingThem() throws IOException {
		write("wrong.csv", "名称,备注\n北海,无日期\n".getBytes(StandardCharsets.UTF_8));
		HarvestSource source = this.harvests.register(HarvestSource.spreadsheet("bh-wrong", "缺列", "file:wrong.csv",
				"chronicle", "北海市图书馆", "北海", List.of(), List.of()));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("FAILED");
		assertThat(run.exitDescription()).isEqualTo("wrong.csv is a sheet of chronicle but has no column date (its first row: 名称, 备注)");
	}

	@Test
	void aRunFailedByTooManyBadRowsIsRestartedAfterTheSheetIsFixedAndContinuesAfterItsLastChunk() throws IOException {
		StringBuilder sheet = new StringBuilder("date,title\n");
		for (int day = 1; day <= 4; day++) {
			sheet.append("2021-04-0").append(day).append(",北海读书会第").append(day).append("期\n");
		}
		for (int day = 5; day <= 8; day++) {
			sheet.append("2021-04-3").append(day).append(",日期写错的第").append(day).append("期\n");
		}
		write("restart.csv", sheet.toString().getBytes(StandardCharsets.UTF_8));
		HarvestSource source = this.harvests.register(HarvestSource.spreadsheet("bh-restart", "读书会", "file:restart.csv",
				"chronicle", "北海市图书馆", "北海", List.of(), List.of()));

		HarvestRun failed = this.harvests.runAndWait(source.id());

		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.exitDescription()).startsWith("More than 3 items were skipped (portal.ingest.sheet.skip-limit)");
		// chunks of two rows: the four good rows and the chunk with the first two bad ones were committed
		assertThat(this.index.count(source.id())).isEqualTo(4);

		write("restart.csv", sheet.toString().replace("2021-04-3", "2021-05-0").getBytes(StandardCharsets.UTF_8));
		HarvestRun restarted = this.harvests.await(this.harvests.restart(failed.executionId()), Duration.ofMinutes(2));

		assertThat(restarted.exitCode()).isEqualTo("COMPLETED");
		assertThat(restarted.read()).isEqualTo(2);
		assertThat(restarted.written()).isEqualTo(2);
		assertThat(this.index.count(source.id())).isEqualTo(6);
		assertThat(this.index.searchPhrase(source.id(), "title", "日期写错的第8期")).singleElement()
			.satisfies((record) -> assertThat(record.eventDate()).isEqualTo(new EventDate("2021-05-08", "2021-05-08")));
	}

	private void write(String name, byte[] bytes) throws IOException {
		Path file = this.importFolder.root().resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}

}
