package cn.beibugulf.roadtosea.ingest.chronicle;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.chronicle.ChronicleEvent.Precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ChronicleParserTests {

	private final ChronicleParser parser = new ChronicleParser();

	@Test
	void singleDay() {
		ChronicleEvent event = only(this.parser.parse("1月5日，影友沙龙活动举行。", 2020));
		assertThat(event.from()).isEqualTo(LocalDate.of(2020, 1, 5)).isEqualTo(event.to());
		assertThat(event.text()).isEqualTo("影友沙龙活动举行。");
		assertThat(event.line()).isEqualTo(1);
		assertThat(event.precision()).isEqualTo(Precision.DAY);
		assertThat(event.isRange()).isFalse();
	}

	@Test
	void daysOfOneMonth() {
		assertRange("3月24日-30日，三月三活动。", "2020-03-24", "2020-03-30", "三月三活动。");
		assertRange("11月9日至12日，赴文旅部汇报。", "2020-11-09", "2020-11-12", "赴文旅部汇报。");
		assertRange("5月18-5月21日，赴钦州。", "2020-05-18", "2020-05-21", "赴钦州。");
		assertRange("10月1日至8日期间，书法展。", "2020-10-01", "2020-10-08", "书法展。");
	}

	@Test
	void daysAcrossMonths() {
		assertRange("3月24日—4月2日，摄影大赛。", "2020-03-24", "2020-04-02", "摄影大赛。");
		assertRange("11月9日至11月12日，汇报。", "2020-11-09", "2020-11-12", "汇报。");
		assertRange("11月13日下午至11月14日，绘本大赛。", "2020-11-13", "2020-11-14", "绘本大赛。");
		assertRange("6月25日～7月6日：端午活动", "2020-06-25", "2020-07-06", "端午活动");
	}

	@Test
	void rangeIntoTheNextYear() {
		assertRange("12月28日至1月3日，跨年阅读周。", "2020-12-28", "2021-01-03", "跨年阅读周。");
	}

	@Test
	void monthOnlyCoversTheWholeMonthAndIsFlagged() {
		ChronicleEvent may = only(this.parser.parse("5月，全民阅读月。", 2020));
		assertThat(may.from()).isEqualTo("2020-05-01");
		assertThat(may.to()).isEqualTo("2020-05-31");
		assertThat(may.precision()).isEqualTo(Precision.MONTH);
		assertThat(may.text()).isEqualTo("全民阅读月。");

		ChronicleEvent months = only(this.parser.parse("2月-3月，闭馆不打烊。", 2020));
		assertThat(months.from()).isEqualTo("2020-02-01");
		assertThat(months.to()).isEqualTo("2020-03-31");
		assertThat(months.precision()).isEqualTo(Precision.MONTH);

		assertThat(only(this.parser.parse("6月底，书房落成。", 2020)).text()).isEqualTo("书房落成。");
	}

	@Test
	void fullWidthDigits() {
		ChronicleEvent event = only(this.parser.parse("１２月３０日至３１日，年终总结。", 2020));
		assertThat(event.from()).isEqualTo("2020-12-30");
		assertThat(event.to()).isEqualTo("2020-12-31");
		assertThat(only(this.parser.parse("１月，寒假活动。", 2020)).precision()).isEqualTo(Precision.MONTH);
	}

	@Test
	void yearNamedInTheEntryWins() {
		ChronicleEvent event = only(this.parser.parse("  2021年11月6至8日，中央媒体公共文化行。", 2020));
		assertThat(event.from()).isEqualTo("2021-11-06");
		assertThat(event.to()).isEqualTo("2021-11-08");
	}

	@Test
	void continuationLinesBelongToThePreviousEntryEvenAfterBlankLines() {
		ChronicleParseResult result = this.parser.parse("""
				1月19日，由北海市图书馆主办的环保小卫士寒假活动

				在市图书馆少儿阅览活动室成功举办，
				主题为“垃圾分类”。
				1月21日
				党员大会。
				""", 2020);
		assertThat(result.problems()).isEmpty();
		assertThat(result.events()).extracting(ChronicleEvent::line, ChronicleEvent::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "由北海市图书馆主办的环保小卫士寒假活动在市图书馆少儿阅览活动室成功举办，主题为“垃圾分类”。"),
					org.assertj.core.groups.Tuple.tuple(5, "党员大会。"));
	}

	@Test
	void latinContinuationKeepsASpace() {
		ChronicleEvent event = only(this.parser.parse("4月23日，World Book\nDay 活动。", 2020));
		assertThat(event.text()).isEqualTo("World Book Day 活动。");
	}

	@Test
	void yearComesFromTheHeadingAndTheSectionEndsAtTheNextTopLevelHeading() {
		ChronicleParseResult result = this.parser.parse("""
				一、概述
				本馆通过大事记的方式展示历史，1月1日开馆。
				二、2021年大事记
				3月1日，开馆。
				（一）小节标题也是条目的一部分
				三、2022年工作计划
				4月1日，这是计划，不是大事。
				""");
		assertThat(result.problems()).isEmpty();
		ChronicleEvent event = only(result);
		assertThat(event.from()).isEqualTo("2021-03-01");
		assertThat(event.line()).isEqualTo(4);
		assertThat(event.text()).isEqualTo("开馆。（一）小节标题也是条目的一部分");
	}

	@Test
	void aSubsectionChronicleEndsAtTheNextSubsection() {
		ChronicleParseResult result = this.parser.parse("""
				（五）2020年大事记
				1月1日，新年活动。
				（六）其他工作
				2月1日，不属于大事记。
				""");
		assertThat(result.events()).extracting(ChronicleEvent::text).containsExactly("新年活动。");
	}

	@Test
	void unnumberedHeadingWithTraditionalCharacters() {
		ChronicleParseResult result = this.parser.parse("2019年大事記\n7月1日，活動。\n");
		assertThat(only(result).from()).isEqualTo("2019-07-01");
	}

	@Test
	void aLineWithAYearSwitchesTheYear() {
		ChronicleParseResult result = this.parser.parse("""
				大事记
				2020年
				12月31日，跨年晚会。
				2021年
				1月1日，新年活动。
				""");
		assertThat(result.problems()).isEmpty();
		assertThat(result.events()).extracting(ChronicleEvent::from)
			.containsExactly(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1));
	}

	@Test
	void impossibleDatesAreProblemsWithTheirLineAndParsingGoesOn() {
		ChronicleParseResult result = this.parser.parse("""
				2021年大事记
				1月5日，正常的一条。
				13月5日，没有十三月。
				这一行是上一条的续行，随之丢弃。
				2月30日，没有二月三十日。
				2月29日，2021年没有闰日。
				3月30日-3月2日，倒着的范围。
				5月18，日子后面少了“日”。
				4月1日，又一条正常的。
				""");
		assertThat(result.events()).extracting(ChronicleEvent::line).containsExactly(2, 9);
		assertThat(result.problems()).extracting(ChronicleProblem::line).containsExactly(3, 5, 6, 7, 8);
		assertThat(result.problems().get(0).text()).isEqualTo("13月5日，没有十三月。");
		assertThat(result.problems().get(0).reason()).contains("13");
		assertThat(result.problems().get(1).reason()).contains("2月30日");
		assertThat(result.problems().get(3).reason()).contains("before it starts");
	}

	@Test
	void leapDayExistsIn2020() {
		assertThat(only(this.parser.parse("2月29日，闰日活动。", 2020)).from()).isEqualTo("2020-02-29");
	}

	@Test
	void withoutAnyYearEveryEntryIsAProblem() {
		ChronicleParseResult result = this.parser.parse("1月5日，甲。\n1月6日，乙。");
		assertThat(result.events()).isEmpty();
		assertThat(result.problems()).extracting(ChronicleProblem::line).containsExactly(1, 2);
		assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.reason()).contains("no year"));
	}

	@Test
	void textBeforeTheFirstEntryAndEntriesWithoutTextAreProblems() {
		ChronicleParseResult result = this.parser.parse("""
				2020年大事记
				本年度大事如下：
				1月5日，
				1月6日，有内容。
				""");
		assertThat(result.events()).extracting(ChronicleEvent::line).containsExactly(4);
		assertThat(result.problems()).extracting(ChronicleProblem::line, ChronicleProblem::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "本年度大事如下："),
					org.assertj.core.groups.Tuple.tuple(3, "1月5日，"));
	}

	@Test
	void neverThrowsOnOddInput() {
		for (String odd : new String[] { "", "\n\n", "月", "99月99日至99月99日", "0月0日", "1月-", "1月5日—",
				"１３月５日", "9999年12月31日至1月1日，", "大事记", "2020年", "12月31日至12月", "1月1日至0日，" }) {
			assertThatNoException().as(odd).isThrownBy(() -> this.parser.parse(odd, 2020));
		}
		assertThat(this.parser.parse("１３月５日，错。", 2020).problems()).hasSize(1);
		assertThat(this.parser.parse("1月5日——新年活动。", 2020).events().getFirst().text()).isEqualTo("新年活动。");
	}

	private void assertRange(String line, String from, String to, String text) {
		ChronicleEvent event = only(this.parser.parse(line, 2020));
		assertThat(event.from()).as(line).isEqualTo(from);
		assertThat(event.to()).as(line).isEqualTo(to);
		assertThat(event.text()).as(line).isEqualTo(text);
		assertThat(event.precision()).as(line).isEqualTo(Precision.DAY);
		assertThat(event.isRange()).isTrue();
	}

	private static ChronicleEvent only(ChronicleParseResult result) {
		assertThat(result.problems()).isEmpty();
		assertThat(result.events()).hasSize(1);
		return result.events().getFirst();
	}

}
