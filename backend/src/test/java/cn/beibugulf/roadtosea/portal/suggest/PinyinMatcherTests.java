package cn.beibugulf.roadtosea.portal.suggest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinMatcherTests {

	private static final List<String> INPUTS = List.of("北海老城历史街区的骑楼建筑", "骑楼", "北海", "beihai", "bh", "Li, Ming");

	@Test
	void fullPinyinAndInitialsFindTheWord() {
		assertThat(PinyinMatcher.chineseFor("beihai", INPUTS)).containsExactly("北海");
		assertThat(PinyinMatcher.chineseFor("bei hai", INPUTS)).containsExactly("北海");
		assertThat(PinyinMatcher.chineseFor("BH", INPUTS)).containsExactly("北海");
		assertThat(PinyinMatcher.chineseFor("qilou", INPUTS)).containsExactly("骑楼");
		assertThat(PinyinMatcher.chineseFor("bhlclsjqdqljz", INPUTS)).containsExactly("北海老城历史街区的骑楼建筑");
	}

	@Test
	void spellsAsTheEnrichmentDoes() {
		assertThat(PinyinMatcher.chineseFor("lvdao", List.of("绿岛"))).containsExactly("绿岛");
		assertThat(PinyinMatcher.chineseFor("taiwan", List.of("臺灣"))).containsExactly("臺灣");
		assertThat(PinyinMatcher.chineseFor("bhlc ls", List.of("北海老城，历史"))).containsExactly("北海老城，历史");
	}

	@Test
	void aPinyinInputCutAtFiftyLettersStillFindsItsTitle() {
		String title = "北海老城历史街区的骑楼建筑与近代开埠以来的商贸往来研究";
		String cut = PinyinMatcher.full(title).substring(0, PinyinMatcher.MAX_INPUT_LENGTH);
		assertThat(PinyinMatcher.chineseFor(cut, List.of(title, "北海"))).containsExactly(title);
		assertThat(PinyinMatcher.chineseFor(cut.substring(0, 20), List.of(title))).isEmpty();
	}

	@Test
	void nothingForOtherText() {
		assertThat(PinyinMatcher.chineseFor("beibu", INPUTS)).isEmpty();
		assertThat(PinyinMatcher.chineseFor("", INPUTS)).isEmpty();
		assertThat(PinyinMatcher.chineseFor("!!", INPUTS)).isEmpty();
	}

	@Test
	void scripts() {
		assertThat(PinyinMatcher.hasHan("臺灣")).isTrue();
		assertThat(PinyinMatcher.hasHan("taiwan")).isFalse();
		assertThat(PinyinMatcher.hasLatin("北海 bh")).isTrue();
		assertThat(SpellingService.words("Maritme, silk-road 北海 2020")).containsExactly("maritme", "silk", "road");
	}

}
