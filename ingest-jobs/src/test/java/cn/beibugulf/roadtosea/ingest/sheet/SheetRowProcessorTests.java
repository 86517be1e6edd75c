package cn.beibugulf.roadtosea.ingest.sheet;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.enrich.Gazetteer;
import cn.beibugulf.roadtosea.enrich.LanguageDetector;
import cn.beibugulf.roadtosea.enrich.RecordEnricher;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.EventDate;
import cn.beibugulf.roadtosea.record.PortalRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetRowProcessorTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneOffset.UTC);

	private static RecordEnricher enricher;

	@BeforeAll
	static void enricher() {
		enricher = new RecordEnricher(new LanguageDetector(), Gazetteer.load());
	}

	@Test
	void aChronicleRowBecomesAnOriginsEventWithItsPeriodAndPlaces() {
		PortalRecord record = processor("chronicle").process(row(2, Map.of(SheetColumn.DATE, "2020-03-24",
				SheetColumn.END_DATE, "2020年3月30日", SheetColumn.TITLE, "“三月三”线上直播活动", SheetColumn.PLACE, "北海、合浦",
				SheetColumn.LINKS, "见 https://lib.example/a ; https://lib.example/b")));

		assertThat(record.id()).startsWith("bh-sheet:k").hasSize("bh-sheet:k".length() + 16);
		assertThat(record.type()).isEqualTo("event");
		assertThat(record.modules()).containsExactly("origins");
		assertThat(record.eventDate()).isEqualTo(new EventDate("2020-03-24", "2020-03-30"));
		assertThat(record.issued()).isEqualTo("2020-03-24");
		assertThat(record.year()).isEqualTo(2020);
		assertThat(record.places()).extracting(cn.beibugulf.roadtosea.record.Place::name).containsExactly("北海", "合浦");
		assertThat(record.places()).allSatisfy((place) -> assertThat(place.geo()).isNotNull());
		assertThat(record.url()).isEqualTo("https://lib.example/a");
		assertThat(record.provenance().format()).isEqualTo("sheet:chronicle");
		assertThat(record.provenance().rawKey()).isEqualTo("raw/bh-sheet/sheet.csv");
		assertThat(record.language()).isEqualTo("zh-CN");
	}

	@Test
	void theSameRowKeepsItsIdAndADuplicateIsSkipped() {
		SheetRowProcessor processor = processor("chronicle");
		Map<SheetColumn, String> cells = Map.of(SheetColumn.DATE, "2020-05", SheetColumn.TITLE, "读书月");
		String id = processor("chronicle").process(row(9, cells)).id();

		assertThat(processor.process(row(3, cells)).id()).isEqualTo(id);
		assertThat(processor.process(row(3, cells)).eventDate()).isEqualTo(new EventDate("2020-05-01", "2020-05-31"));
		assertThatThrownBy(() -> processor.process(row(4, cells))).isInstanceOf(LocalItemException.class)
			.hasMessage("duplicate of row 3 (same key columns)");
	}

	@Test
	void rowsWithoutTitleOrWithABadDateAreSkippedWithTheirRowNumber() {
		SheetRowProcessor processor = processor("chronicle");

		assertThatThrownBy(() -> processor.process(row(5, Map.of(SheetColumn.DATE, "2020-02-30", SheetColumn.TITLE, "闭馆"))))
			.isInstanceOfSatisfying(LocalItemException.class, (failure) -> {
				assertThat(failure.identifier()).isEqualTo("row 5");
				assertThat(failure.stage()).isEqualTo(FailureStage.MAP);
				assertThat(failure.getMessage()).startsWith("'2020-02-30' in column date is not a date");
			});
		assertThatThrownBy(() -> processor.process(row(6, Map.of(SheetColumn.DATE, "2020-02-03"))))
			.hasMessage("no title");
		assertThatThrownBy(() -> processor.process(row(7, Map.of(SheetColumn.DATE, "2020-02-03", SheetColumn.END_DATE,
				"2020-01-01", SheetColumn.TITLE, "倒序"))))
			.hasMessage("the end date 2020-01-01 is before the date 2020-02-03");
	}

	@Test
	void anExpertRowBecomesAThinkTankExpert() {
		PortalRecord record = processor("experts").process(row(2, Map.of(SheetColumn.ID, "E-01", SheetColumn.NAME, "李明",
				SheetColumn.AFFILIATION, "北部湾大学海洋学院", SheetColumn.FIELD, "海洋文化；海上丝绸之路", SheetColumn.BIO,
				"长期研究北部湾海洋文化。", SheetColumn.WORKS, "《北部湾海洋文化史》、《合浦港考》")));

		assertThat(record.id()).isEqualTo("bh-sheet:E-01");
		assertThat(record.type()).isEqualTo("expert");
		assertThat(record.modules()).containsExactly("thinktank");
		assertThat(record.title()).isEqualTo("李明");
		assertThat(record.categories()).containsExactly("北部湾大学海洋学院");
		assertThat(record.subjects()).containsExactly("海洋文化", "海上丝绸之路");
		assertThat(record.description()).isEqualTo("长期研究北部湾海洋文化。\n\n代表作：《北部湾海洋文化史》；《合浦港考》");
	}

	@Test
	void policyRowsLinkTheirInterpretationsAndCasesById() {
		SheetRowProcessor processor = processor("policies");
		PortalRecord policy = processor.process(row(2, Map.of(SheetColumn.ID, "P1", SheetColumn.TITLE, "广西北部湾经济区发展规划",
				SheetColumn.ISSUER, "国家发展改革委、广西壮族自治区人民政府", SheetColumn.LEVEL, "国家级", SheetColumn.ISSUED,
				"2008-01-16", SheetColumn.EFFECTIVE, "2008年2月1日", SheetColumn.STATUS, "现行有效", SheetColumn.INTERPRETATIONS,
				"I1", SheetColumn.CASES, "C1;C2")));
		PortalRecord interpretation = processor.process(row(3, Map.of(SheetColumn.ID, "I1", SheetColumn.TYPE, "解读",
				SheetColumn.TITLE, "一图读懂北部湾经济区发展规划", SheetColumn.POLICY, "P1")));

		assertThat(policy.type()).isEqualTo("policy");
		assertThat(policy.modules()).containsExactly("guide");
		assertThat(policy.creators()).containsExactly("国家发展改革委", "广西壮族自治区人民政府");
		assertThat(policy.issued()).isEqualTo("2008-01-16");
		assertThat(policy.eventDate()).isEqualTo(new EventDate("2008-02-01", null));
		assertThat(policy.categories()).containsExactly("国家级", "现行有效");
		assertThat(policy.related()).containsExactly("bh-sheet:I1", "bh-sheet:C1", "bh-sheet:C2");
		assertThat(interpretation.type()).isEqualTo("interpretation");
		assertThat(interpretation.related()).containsExactly("bh-sheet:P1");
		assertThatThrownBy(() -> processor.process(row(4, Map.of(SheetColumn.TITLE, "x", SheetColumn.TYPE, "通知"))))
			.hasMessage("type '通知' is none of policy (政策), interpretation (解读), case (案例)");
	}

	@Test
	void theSourcesModulesWinOverTheKindsModule() {
		HarvestSource source = new HarvestSource("bh-sheet", cn.beibugulf.roadtosea.ingest.source.SourceType.SPREADSHEET,
				"北海", "file:sheet.csv", "experts", null, "北海市图书馆", "北海", List.of("features"), List.of("trade"), null,
				true);

		PortalRecord record = new SheetRowProcessor(source, enricher, CLOCK).process(row(2, Map.of(SheetColumn.NAME, "王芳")));

		assertThat(record.modules()).containsExactly("features");
		assertThat(record.themes()).containsExactly("trade");
	}

	private static SheetRowProcessor processor(String kind) {
		return new SheetRowProcessor(HarvestSource.spreadsheet("bh-sheet", "北海", "file:sheet.csv", kind, "北海市图书馆", "北海",
				List.of(), List.of()), enricher, CLOCK);
	}

	private static SheetRow row(int number, Map<SheetColumn, String> cells) {
		return new SheetRow(number, cells, "raw/bh-sheet/sheet.csv");
	}

}
