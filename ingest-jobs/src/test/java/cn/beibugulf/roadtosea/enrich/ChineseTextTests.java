package cn.beibugulf.roadtosea.enrich;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseTextTests {

	@Test
	void convertsTraditionalToSimplifiedAndKeepsEverythingElse() {
		assertThat(ChineseText.toSimplified("北海市圖書館的佛教學研究，臺灣 2020 ABC")).isEqualTo("北海市图书馆的佛教学研究，台湾 2020 ABC");
		assertThat(ChineseText.toSimplified("潿洲島")).isEqualTo("涠洲岛");
		assertThat(ChineseText.toSimplified("向海之路")).isEqualTo("向海之路");
		assertThat(ChineseText.toSimplified("Maritime Silk Road")).isEqualTo("Maritime Silk Road");
		assertThat(ChineseText.toSimplified(null)).isEmpty();
		assertThat(ChineseText.toSimplified("")).isEmpty();
	}

	@Test
	void mostlyTraditionalCountsOnlyCharactersThatDifferBetweenTheScripts() {
		assertThat(ChineseText.isMostlyTraditional("圖書館")).isTrue();
		assertThat(ChineseText.isMostlyTraditional("海上絲綢之路的歷史")).isTrue();
		assertThat(ChineseText.isMostlyTraditional("台灣")).as("台 is both, 灣 only Traditional").isTrue();
		assertThat(ChineseText.isMostlyTraditional("图书馆")).isFalse();
		assertThat(ChineseText.isMostlyTraditional("海上丝绸之路的历史")).isFalse();
		assertThat(ChineseText.isMostlyTraditional("北海")).as("same in both scripts").isFalse();
		assertThat(ChineseText.isMostlyTraditional("后来他去了里面")).as("后 and 里 are also Traditional").isFalse();
		assertThat(ChineseText.isMostlyTraditional("Library")).isFalse();
		assertThat(ChineseText.isMostlyTraditional(null)).isFalse();
	}

	@Test
	void mixedTextFollowsTheMajority() {
		assertThat(ChineseText.isMostlyTraditional("图书馆圖書館書")).isTrue();
		assertThat(ChineseText.isMostlyTraditional("图书馆书圖書館")).isFalse();
	}

}
