package cn.beibugulf.roadtosea.ingest.chronicle;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChronicleTitlesTests {

	@Test
	void theTitleIsTheFirstClause() {
		assertThat(ChronicleTitles.of("北海市图书馆党支部召开支部换届选举党员大会。选举产生新一届支部委员会。"))
			.isEqualTo("北海市图书馆党支部召开支部换届选举党员大会");
		assertThat(ChronicleTitles.of("由北海市图书馆主办的环保小卫士寒假活动在市图书馆少儿阅览活动室成功举办，主题为“垃圾分类”。"))
			.isEqualTo("由北海市图书馆主办的环保小卫士寒假活动在市图书馆少儿阅览活动室成功举办");
	}

	@Test
	void punctuationInsideQuotesDoesNotEndTheClause() {
		assertThat(ChronicleTitles.of("“不负韶华，共普时代华章”新年系列活动开幕。"))
			.isEqualTo("“不负韶华，共普时代华章”新年系列活动开幕");
	}

	@Test
	void aVeryShortFirstClauseTakesTheNextWithIt() {
		assertThat(ChronicleTitles.of("上午，馆长带队赴合浦调研。")).isEqualTo("上午，馆长带队赴合浦调研");
	}

	@Test
	void aLongClauseIsCutWithAnEllipsis() {
		String title = ChronicleTitles.of("在北海市图书馆举办“不负韶华、共普时代华章”北部湾经济区图书馆服务联盟新年系列活动以及面向全市读者的迎新春书法展览");

		assertThat(title).hasSize(ChronicleTitles.MAX_LENGTH).endsWith("…").startsWith("在北海市图书馆举办");
	}

	@Test
	void theYearSettingIsTheSourcesSetSpec() {
		assertThat(ChronicleEntryReader.yearOf(source(null))).isNull();
		assertThat(ChronicleEntryReader.yearOf(source("2020"))).isEqualTo(2020);
		assertThat(ChronicleEntryReader.yearOf(source("2021年"))).isEqualTo(2021);
		assertThat(ChronicleEntryReader.yearOf(source("year=2019"))).isEqualTo(2019);
		assertThatThrownBy(() -> ChronicleEntryReader.yearOf(source("twenty"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("must be the year of its entries");
	}

	private static HarvestSource source(String setSpec) {
		return HarvestSource.chronicle("bh-2020", "大事记", "file:report.txt", null, "北海市图书馆", "北海", List.of(), List.of())
			.withSetSpec(setSpec);
	}

}
