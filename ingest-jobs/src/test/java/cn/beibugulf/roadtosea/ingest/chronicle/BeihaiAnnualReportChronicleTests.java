package cn.beibugulf.roadtosea.ingest.chronicle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.ingest.chronicle.ChronicleEvent.Precision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The 大事记 (section 六, lines 78–473) of Beihai City Library's 2020 annual report, against a
 * count made by reading the section line by line: 217 dated entries (one of them, 1月19日, runs
 * over a blank line onto a second line), 31 of them ranges, one of those by month only
 * (2月-3月). Entries per month of their first day, counted by hand: Jan 20, Feb 4, Mar 8,
 * Apr 19, May 21, Jun 25, Jul 17, Aug 25, Sep 16, Oct 16, Nov 21, Dec 25.
 */
class BeihaiAnnualReportChronicleTests {

	private static final Logger logger = LoggerFactory.getLogger(BeihaiAnnualReportChronicleTests.class);

	static final String REPORT = "beihai-library-2020-annual-report.zh.txt";

	static final int EXPECTED_ENTRIES = 217;

	private static ChronicleParseResult result;

	@BeforeAll
	static void parseReport() throws IOException {
		String report = Files.readString(SharedData.file(REPORT), StandardCharsets.UTF_8);
		// the heading is "六、大事记" without a year: the report is the one of 2020
		result = new ChronicleParser().parse(report, 2020);
		logger.info("{}: {} chronicle entries, {} problems", REPORT, result.events().size(), result.problems().size());
	}

	@Test
	void readsEveryEntryOfTheChronicleAndNothingElse() {
		assertThat(result.problems()).isEmpty();
		assertThat(result.events()).hasSize(EXPECTED_ENTRIES);
		assertThat(result.events()).allSatisfy(event -> {
			assertThat(event.line()).isBetween(80, 473);
			assertThat(event.from().getYear()).isEqualTo(2020);
			assertThat(event.text()).isNotBlank().doesNotStartWith("，").doesNotStartWith(",");
		});
	}

	@Test
	void entriesPerMonthMatchTheHandCount() {
		Map<Integer, Long> perMonth = result.events()
			.stream()
			.collect(Collectors.groupingBy(event -> event.from().getMonthValue(), TreeMap::new, Collectors.counting()));
		assertThat(perMonth).containsExactly(Map.entry(1, 20L), Map.entry(2, 4L), Map.entry(3, 8L), Map.entry(4, 19L),
				Map.entry(5, 21L), Map.entry(6, 25L), Map.entry(7, 17L), Map.entry(8, 25L), Map.entry(9, 16L),
				Map.entry(10, 16L), Map.entry(11, 21L), Map.entry(12, 25L));
	}

	@Test
	void firstAndLastEntries() {
		ChronicleEvent first = result.events().getFirst();
		assertThat(first.line()).isEqualTo(80);
		assertThat(first.from()).isEqualTo(LocalDate.of(2020, 1, 1)).isEqualTo(first.to());
		assertThat(first.text()).isEqualTo("在北海市图书馆举办“不负韶华、共普时代华章”北部湾经济区图书馆服务联盟新年系列活动。");

		ChronicleEvent last = result.events().getLast();
		assertThat(last.line()).isEqualTo(473);
		assertThat(last.from()).isEqualTo(LocalDate.of(2020, 12, 31)).isEqualTo(last.to());
		assertThat(last.text()).startsWith("北海市图书馆党支部召开支部换届选举党员大会。").endsWith("秦艳婷同志为纪检委员。");
	}

	@Test
	void everyRangeWithItsDays() {
		List<ChronicleEvent> ranges = result.events().stream().filter(ChronicleEvent::isRange).toList();
		assertThat(ranges).extracting(ChronicleEvent::line, ChronicleEvent::from, ChronicleEvent::to)
			.containsExactly(range(88, "01-08", "01-10"), range(99, "01-17", "01-18"), range(121, "02-01", "03-31"),
					range(126, "03-24", "03-30"), range(128, "03-24", "03-30"), range(130, "03-25", "03-27"),
					range(134, "03-16", "04-18"), range(162, "04-20", "04-26"), range(190, "05-18", "05-21"),
					range(224, "06-08", "06-11"), range(236, "06-19", "06-21"), range(240, "06-20", "06-21"),
					range(254, "06-25", "07-06"), range(289, "08-01", "08-05"), range(300, "08-05", "08-27"),
					range(301, "08-07", "08-18"), range(315, "08-18", "08-19"), range(318, "08-19", "08-22"),
					range(366, "10-01", "10-08"), range(370, "10-09", "10-13"), range(398, "11-01", "11-08"),
					range(403, "11-06", "11-08"), range(407, "11-09", "11-10"), range(411, "11-09", "11-12"),
					range(413, "11-13", "11-14"), range(419, "11-18", "11-19"), range(435, "12-01", "12-03"),
					range(437, "12-01", "12-03"), range(443, "12-04", "12-14"), range(450, "12-08", "12-10"),
					range(468, "12-24", "12-31"));
	}

	@Test
	void onlyTheMonthRangeIsFlaggedAsMonthOnly() {
		assertThat(result.events()).filteredOn(event -> event.precision() == Precision.MONTH)
			.singleElement()
			.satisfies(event -> {
				assertThat(event.line()).isEqualTo(121);
				assertThat(event.text()).startsWith("闭馆不打烊——公共文化服务助力疫情防控工作");
			});
	}

	@Test
	void entryContinuedAfterABlankLineIsJoined() {
		assertThat(entryAt(105).text()).isEqualTo("由北海市图书馆主办的环保小卫士寒假活动在市图书馆少儿阅览活动室成功举办，主题为“垃圾分类”。");
	}

	@Test
	void timeOfDayAndSeparatorsAreNotPartOfTheText() {
		assertThat(entryAt(193).text()).isEqualTo("北海市图书馆积极组织5名干部职工到劳联附近的卫生责任区开展清洁卫生整治活动。");
		assertThat(entryAt(130).text()).isEqualTo("每晚20：30-21：00，北海市图书馆举办“三月三”线上直播活动。");
		assertThat(entryAt(88).text()).startsWith("我馆支部书记、馆长李道海到南宁");
		assertThat(entryAt(366).text()).startsWith("由中共北海市委宣传部");
		assertThat(entryAt(403).text()).startsWith("“2020中央媒体北海公共文化行”活动在北海举行。");
	}

	@Test
	void withoutAYearOnlyTheEntriesNamingTheirYearAreRead() throws IOException {
		String report = Files.readString(SharedData.file(REPORT), StandardCharsets.UTF_8);
		ChronicleParseResult withoutYear = new ChronicleParser().parse(report);
		assertThat(withoutYear.events()).extracting(ChronicleEvent::line).containsExactly(403, 407);
		assertThat(withoutYear.problems()).hasSize(EXPECTED_ENTRIES - 2)
			.allSatisfy(problem -> assertThat(problem.reason()).contains("no year"));
	}

	private static ChronicleEvent entryAt(int line) {
		return result.events().stream().filter(event -> event.line() == line).findFirst().orElseThrow();
	}

	private static org.assertj.core.groups.Tuple range(int line, String from, String to) {
		return tuple(line, LocalDate.parse("2020-" + from), LocalDate.parse("2020-" + to));
	}

}
