package cn.beibugulf.roadtosea.ingest.marc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

import static cn.beibugulf.roadtosea.ingest.marc.Iso2709Builder.MARC8;
import static cn.beibugulf.roadtosea.ingest.marc.Iso2709Builder.UTF8;
import static cn.beibugulf.roadtosea.ingest.marc.Iso2709Builder.charset;
import static cn.beibugulf.roadtosea.ingest.marc.Iso2709Builder.concat;
import static cn.beibugulf.roadtosea.ingest.marc.Iso2709Builder.record;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogueReaderTests {

	private static final String MARC21_UTF8 = "00000nam a2200000 a 4500";

	private static final String MARC21_MARC8 = "00000nam  2200000 a 4500";

	private static final String UNIMARC = "00000nam0 2200000   450 ";

	private final CatalogueReader reader = new CatalogueReader();

	@Test
	void readsAMarc21Utf8Record() throws IOException {
		byte[] bytes = record(MARC21_UTF8, UTF8).control("001", "bh-0001")
			.control("008", "200304s2019    cc            000 0 chi d")
			.field("020", "  ", "a", "9787219108090 (pbk.)")
			.field("100", "1 ", "a", "王, 明,", "d", "1960-")
			.field("245", "10", "a", "北海老街 :", "b", "骑楼建筑与南珠文化 /", "c", "王明著.")
			.field("246", "31", "a", "Beihai old street")
			.field("264", " 1", "a", "南宁 :", "b", "广西人民出版社,", "c", "2019.")
			.field("520", "  ", "a", "介绍北海老街的历史。")
			.field("650", " 0", "a", "Historic buildings", "z", "China", "z", "Beihai")
			.field("700", "1 ", "a", "李华,", "e", "editor.")
			.bytes();

		MarcItem item = onlyItem(bytes);

		assertThat(item.controlNumber()).isEqualTo("bh-0001");
		assertThat(item.title()).isEqualTo("北海老街 : 骑楼建筑与南珠文化");
		assertThat(item.altTitles()).containsExactly("Beihai old street");
		assertThat(item.creators()).containsExactly("王, 明", "李华");
		assertThat(item.subjects()).containsExactly("Historic buildings -- China -- Beihai");
		assertThat(item.description()).isEqualTo("介绍北海老街的历史。");
		assertThat(item.date()).isEqualTo("2019");
		assertThat(item.language()).isEqualTo("chi");
		assertThat(item.isbns()).containsExactly("9787219108090");
		assertThat(item.publisher()).isEqualTo("广西人民出版社");
		assertThat(item.format()).isEqualTo(MarcFormat.MARC21);
	}

	@Test
	void readsMarc8WithCjkFromLinked880FieldsAndDiacritics() throws IOException {
		byte[] bytes = record(MARC21_MARC8, MARC8).control("001", "m8-1")
			.field("100", "1 ", "6", "880-02", "a", "Li, Hua.")
			.field("245", "10", "6", "880-01", "a", "Beihai shi tu shu guan /", "c", "Li Hua.")
			.field("260", "  ", "a", "Paris :", "b", "Éditions du Café,", "c", "2001.")
			.field("880", "1 ", "6", "100-02/$1", "a", "李华.")
			.field("880", "10", "6", "245-01/$1", "a", "北海市图书馆 /", "c", "李华.")
			.bytes();

		List<ReadOutcome<MarcItem>> outcomes = read(bytes);

		assertThat(outcomes).singleElement().extracting(ReadOutcome::errors).asList().isEmpty();
		MarcItem item = items(outcomes).get(0);
		assertThat(item.title()).isEqualTo("北海市图书馆");
		assertThat(item.altTitles()).containsExactly("Beihai shi tu shu guan");
		assertThat(item.creators()).containsExactly("李华", "Li, Hua");
		assertThat(Normalizer.normalize(item.publisher(), Normalizer.Form.NFC)).isEqualTo("Éditions du Café");
	}

	@Test
	void readsTheGoodRecordsAroundABrokenOne() throws IOException {
		byte[] first = record(MARC21_UTF8, UTF8).control("001", "one").field("245", "00", "a", "第一条").bytes();
		byte[] garbage = "this is no MARC record at all".getBytes(StandardCharsets.US_ASCII);
		byte[] third = record(MARC21_UTF8, UTF8).control("001", "three").field("245", "00", "a", "第三条").bytes();
		third[3] = '9'; // the leader's record length is now wrong

		List<ReadOutcome<MarcItem>> outcomes = read(concat(first, garbage, new byte[] { 0x1D, '\n' }, third));

		assertThat(items(outcomes)).extracting(MarcItem::title).containsExactly("第一条", "第三条");
		List<ReadError> errors = errors(outcomes);
		assertThat(errors).hasSize(2);
		assertThat(errors.get(0).where()).isEqualTo("record 2 at byte " + first.length);
		assertThat(errors.get(0).reason()).contains("no field terminator").endsWith("record skipped");
		assertThat(errors.get(1).where()).endsWith("(001 three)");
		assertThat(errors.get(1).reason()).startsWith("the leader's record length is");
	}

	@Test
	void readsUnimarcInGbkAndInUtf8() throws IOException {
		for (String encoding : new String[] { "GBK", "UTF-8" }) {
			byte[] bytes = record(UNIMARC, charset(encoding)).control("001", "cn-" + encoding)
				.field("010", "  ", "a", "7-219-01234-5", "d", "CNY28.00")
				.field("100", "  ", "a", "20200101d2020    em y0chiy0120    ea")
				.field("101", "0 ", "a", "chi")
				.field("200", "1 ", "a", "北部湾海上丝绸之路", "e", "史料汇编", "f", "张三主编")
				.field("210", "  ", "a", "南宁", "c", "广西人民出版社", "d", "2020")
				.field("330", "  ", "a", "汇集合浦港的史料。")
				.field("606", "0 ", "a", "海上丝绸之路", "x", "史料", "y", "广西")
				.field("701", " 0", "a", "张三", "4", "主编")
				.bytes();

			MarcItem item = onlyItem(bytes);

			assertThat(item.format()).as(encoding).isEqualTo(MarcFormat.UNIMARC);
			assertThat(item.title()).as(encoding).isEqualTo("北部湾海上丝绸之路 : 史料汇编");
			assertThat(item.creators()).containsExactly("张三");
			assertThat(item.subjects()).containsExactly("海上丝绸之路 -- 史料 -- 广西");
			assertThat(item.date()).isEqualTo("2020");
			assertThat(item.language()).isEqualTo("chi");
			assertThat(item.isbns()).containsExactly("7-219-01234-5");
			assertThat(item.publisher()).isEqualTo("广西人民出版社");
			assertThat(item.description()).isEqualTo("汇集合浦港的史料。");
		}
	}

	@Test
	void seesWindows1251BehindABlankLeaderEncoding() throws IOException {
		byte[] bytes = record(MARC21_MARC8, charset("windows-1251")).control("001", "ru-1")
			.field("245", "10", "a", "Основы гидравлического расчета инженерных сетей")
			.bytes();

		List<ReadOutcome<MarcItem>> outcomes = read(bytes);

		assertThat(items(outcomes)).extracting(MarcItem::title).containsExactly("Основы гидравлического расчета инженерных сетей");
		assertThat(errors(outcomes)).singleElement().satisfies((error) -> {
			assertThat(error.stage()).isEqualTo(ReadStage.DECODE);
			assertThat(error.reason()).contains("not MARC-8", "windows-1251");
		});
	}

	@Test
	void reportsRepairedTextOnTheItemItKeeps() throws IOException {
		byte[] escape = record(MARC21_MARC8, UTF8).control("001", "bad-esc")
			.field("245", "00", "a", "Title \u001B$1!0")
			.bytes();
		byte[] replacement = record(MARC21_UTF8, UTF8).control("001", "fffd")
			.field("245", "00", "a", "Caf\uFFFD au lait")
			.bytes();

		List<ReadOutcome<MarcItem>> outcomes = read(concat(escape, replacement));

		assertThat(items(outcomes)).hasSize(2);
		assertThat(outcomes.get(0).errors()).singleElement().satisfies((error) -> {
			assertThat(error.stage()).isEqualTo(ReadStage.CONVERT);
			assertThat(error.reason()).startsWith("MARC-8 conversion:").endsWith("in 245$a");
		});
		assertThat(outcomes.get(1).errors()).singleElement().extracting(ReadError::reason).asString()
			.contains("U+FFFD", "245$a");
	}

	@Test
	void skipsARecordWithoutTitleAndReadsTheNext() throws IOException {
		byte[] untitled = record(MARC21_UTF8, UTF8).control("001", "untitled").field("500", "  ", "a", "note").bytes();
		byte[] titled = record(MARC21_UTF8, UTF8).control("001", "titled").field("245", "00", "a", "合浦").bytes();

		List<ReadOutcome<MarcItem>> outcomes = read(concat(untitled, titled));

		assertThat(items(outcomes)).extracting(MarcItem::title).containsExactly("合浦");
		assertThat(errors(outcomes)).singleElement().satisfies((error) -> {
			assertThat(error.where()).isEqualTo("record 1 at byte 0 (001 untitled)");
			assertThat(error.stage()).isEqualTo(ReadStage.MAP);
		});
	}

	@Test
	void saysWhenTheInputEndsInsideARecord() throws IOException {
		byte[] bytes = record(MARC21_UTF8, UTF8).control("001", "cut").field("245", "00", "a", "涠洲岛").bytes();

		List<ReadOutcome<MarcItem>> outcomes = read(Arrays.copyOf(bytes, bytes.length - 1));

		assertThat(items(outcomes)).extracting(MarcItem::title).containsExactly("涠洲岛");
		assertThat(errors(outcomes)).extracting(ReadError::reason).anyMatch((reason) -> reason.contains("truncated"));
	}

	private MarcItem onlyItem(byte[] bytes) throws IOException {
		List<ReadOutcome<MarcItem>> outcomes = read(bytes);
		assertThat(errors(outcomes)).isEmpty();
		assertThat(items(outcomes)).hasSize(1);
		return items(outcomes).get(0);
	}

	private List<ReadOutcome<MarcItem>> read(byte[] bytes) throws IOException {
		return this.reader.read(new ByteArrayInputStream(bytes)).toList();
	}

	static List<MarcItem> items(List<ReadOutcome<MarcItem>> outcomes) {
		return outcomes.stream()
			.filter((outcome) -> outcome instanceof ReadOutcome.Item<MarcItem>)
			.map((outcome) -> ((ReadOutcome.Item<MarcItem>) outcome).value())
			.toList();
	}

	static List<ReadError> errors(List<ReadOutcome<MarcItem>> outcomes) {
		return outcomes.stream().flatMap((outcome) -> outcome.errors().stream()).toList();
	}

}
