package cn.beibugulf.roadtosea.ingest.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.ingest.feed.FeedCategory;
import cn.beibugulf.roadtosea.ingest.feed.FeedItem;
import cn.beibugulf.roadtosea.ingest.feed.FeedReadResult;
import cn.beibugulf.roadtosea.ingest.feed.FeedReader;
import cn.beibugulf.roadtosea.ingest.feed.FeedSource;
import cn.beibugulf.roadtosea.ingest.marc.CatalogueReader;
import cn.beibugulf.roadtosea.ingest.marc.MarcFormat;
import cn.beibugulf.roadtosea.ingest.marc.MarcItem;
import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * Runs the feed and catalogue readers over every real third-party sample in
 * {@code ../shared/data/real-samples/feeds} and {@code /marc} (see SOURCES.md there). Every file
 * must have an expectation here: the exact number of items, whether it reads cleanly, and a check
 * of text that proves the decoding (Chinese for the zh_ files). Every BROKEN_ file must record at
 * least one problem, no exception may escape a reader, and a file that is not a feed yields
 * nothing. A summary table is logged at the end.
 */
class RealSamplesConformanceTests {

	private static final Logger logger = LoggerFactory.getLogger(RealSamplesConformanceTests.class);

	private static final FeedSource SOURCE = new FeedSource("real-samples", null, FeedCategory.NEWS_FLASH);

	private static final List<String> summary = Collections.synchronizedList(new ArrayList<>());

	private final FeedReader feedReader = new FeedReader();

	private final CatalogueReader catalogueReader = new CatalogueReader();

	/** What one feed file must give. */
	private record FeedCase(int items, boolean clean, @Nullable String contentType, ThrowingConsumer<FeedReadResult> check) {
	}

	/** What one catalogue file must give. */
	private record MarcCase(int items, boolean clean, ThrowingConsumer<List<ReadOutcome<MarcItem>>> check) {
	}

	private static final Map<String, FeedCase> FEEDS = new LinkedHashMap<>();

	private static final Map<String, MarcCase> MARC = new LinkedHashMap<>();

	static {
		feed("BROKEN_rss2_reuters_truncated_server_exception.xml", 0, (r) -> assertThat(r.errors())
			.anySatisfy((e) -> assertThat(e.reason()).startsWith("not well-formed XML at line")));
		feed("BROKEN_rss_incomplete_cdata_comment_before_decl.xml", 0, (r) -> assertThat(r.errors())
			.anySatisfy((e) -> assertThat(e.stage()).isEqualTo(ReadStage.PARSE)));
		feed("BROKEN_rss_uol_latin1_no_xml_declaration.rss", 15, (r) -> {
			assertThat(r.errors()).anySatisfy((e) -> assertThat(e.stage()).isEqualTo(ReadStage.DECODE));
			assertThat(titles(r)).contains("Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno");
		});
		feed("BROKEN_zh_atom_url_html_fragment.xml", 0, notAFeed("not a feed: HTML page (a fragment starting with <title>)"));
		feed("BROKEN_zh_feed_url_js_redirect_html.xml", 0, notAFeed("not a feed: HTML page"));
		feed("BROKEN_zh_hexun_feed_url_returns_gb2312_html.xml", 0, notAFeed("not a feed: HTML page titled “和讯博客 -- 系统维护中”"));
		feed("BROKEN_zh_rss2_mlook_html_entity_nbsp.xml", 15, (r) -> {
			assertThat(r.errors()).anySatisfy((e) -> assertThat(e.reason()).contains("&nbsp;"));
			assertThat(titles(r)).contains("别睡，这里有蛇");
			assertThat(r.items()).allSatisfy((i) -> assertThat(i.guidOrLink()).startsWith("https://www.mlook.mobi/"));
		});
		cleanFeed("atom_heise_german.atom", 15, (r) -> {
			assertThat(r.channel().title()).isEqualTo("heise developer neueste Meldungen");
			assertThat(titles(r)).contains("Java-Anwendungsserver: Red Hat gibt WildFly 10 frei");
			assertThat(r.items()).anySatisfy((i) -> assertThat(i.plainText()).contains("verfügbare"));
		});
		cleanFeed("atom_intertwingly_thr_xhtml.atom", 20,
				(r) -> assertThat(r.items()).allSatisfy((i) -> assertThat(i.guidOrLink()).startsWith("tag:intertwingly.net,2004:")));
		cleanFeed("rss091_iso8859-1_dicasl_ptbr.xml", 1, (r) -> {
			assertThat(r.channel().title()).isEqualTo("Dicas-L: Dicas técnicas de Linux e Software Livre");
			assertThat(titles(r)).containsExactly("bash - Expansão de Parâmetros");
		});
		cleanFeed("rss10_rdf_debian_news.xml", 1, (r) -> {
			assertThat(r.channel().feedType()).isEqualTo("rss_1.0");
			assertThat(titles(r)).containsExactly("Updated Debian 11: 11.6 released");
		});
		cleanFeed("rss2_feedburner_pcmag_illegally_nested.xml", 10,
				(r) -> assertThat(r.items()).allSatisfy((i) -> assertThat(i.link()).startsWith("http://feedproxy.google.com/")));
		cleanFeed("rss2_windows-1251_yandex_default_ns.xml", 10, (r) -> {
			assertThat(r.channel().charset().name()).isEqualTo("windows-1251");
			assertThat(titles(r)).contains("В Бузулуке главные стройплощадки – детсад и Ледовый дворец");
		});
		cleanFeed("zh_atom_cangku_leading_newline.xml", 20, (r) -> {
			assertThat(r.channel().title()).isEqualTo("cangku Feed");
			assertThat(r.items()).anySatisfy((i) -> assertThat(i.authors()).contains("天有一道"));
		});
		cleanFeed("zh_atom_hexo_diygod.xml", 20, (r) -> assertThat(titles(r)).contains("哀悼不应如此简单粗暴"));
		cleanFeed("zh_atom_movabletype_ruanyifeng.xml", 3, (r) -> {
			assertThat(r.channel().title()).isEqualTo("阮一峰的网络日志");
			assertThat(titles(r)).contains("科技爱好者周刊：第 102 期");
		});
		cleanFeed("zh_podcast_rss2_typlog_leading_newline.xml", 6, (r) -> {
			assertThat(r.channel().title()).isEqualTo("捕蛇者说");
			assertThat(r.items()).allSatisfy((i) -> assertThat(i.enclosureUrls()).singleElement().asString().endsWith(".mp3"));
		});
		cleanFeed("zh_rss2_dapenti_iframe.xml", 30, (r) -> {
			assertThat(titles(r)).contains("CNN女主持人Clarissa Ward正戴着头巾在喀布尔街头采访");
			assertThat(r.items()).allSatisfy((i) -> assertThat(i.sanitizedHtml()).doesNotContainIgnoringCase("<iframe"));
		});
		cleanFeed("zh_rss2_rsshub_bilibili.xml", 10, (r) -> {
			assertThat(titles(r)).contains("五年前拿奖到手软，这款锤子手机的设计今天看依然惊艳【极客博物馆第五十二期】");
			assertThat(r.items()).allSatisfy((i) -> assertThat(i.sanitizedHtml()).doesNotContainIgnoringCase("<iframe"));
		});
		cleanFeed("zh_rss2_wordpress_coolshell.xml", 15, (r) -> {
			assertThat(r.channel().title()).isEqualTo("酷 壳 – CoolShell");
			assertThat(titles(r)).contains("Rust语言的编程范式");
		});
		FEEDS.put("zh_rss_decl_gbk_but_utf8_bytes.xml", new FeedCase(0, false, "application/rss+xml;charset= \"us-ascii\"",
				(r) -> {
					assertThat(r.channel().title()).isEqualTo("《11月的蕭邦》是台灣歌手周杰倫發行第六張國語專輯");
					assertThat(r.errors()).anySatisfy((e) -> assertThat(e.reason())
						.contains("charset=us-ascii", "encoding=gbk", "bytes are UTF-8"));
				}));

		marc("BROKEN_danmarc2_doubled_record_length.mrc", 1, titled("Byfornyelse ved Ibsen-Ringen"));
		marc("BROKEN_marc21_bad_leaders_base_address.mrc", 7, (o) -> assertThat(errors(o))
			.anySatisfy((e) -> assertThat(e.reason()).contains("base address")));
		marc("BROKEN_marc21_bad_record_length_and_leader.mrc", 3, titled("Reports and memoranda",
				"Masterpieces of modern Chinese fiction, 1919-1949",
				"Voyage autour du monde : par la frégate du Roi La Boudeuse et la flûte L'Etoile"));
		marc("BROKEN_marc21_blank_leader_positions.mrc", 1, (o) -> assertThat(errors(o))
			.anySatisfy((e) -> assertThat(e.reason()).contains("indicator count")));
		marc("BROKEN_marc21_bne_oversize_leader99999.mrc", 1, titled("Calculadora graficadora TI-nspirecx CAS"));
		marc("BROKEN_marc21_control_chars_in_leader_and_fields.mrc", 1, titled("The scroll"));
		marc("BROKEN_marc21_marc8_bad_eacc_japanese.mrc", 1, (o) -> {
			assertThat(items(o)).singleElement().extracting(MarcItem::title).asString().startsWith("米国の統治の仕組");
			assertThat(errors(o)).anySatisfy((e) -> assertThat(e.stage()).isEqualTo(ReadStage.CONVERT));
		});
		marc("BROKEN_marc21_marc8_eacc_chinese_mangled.mrc", 4,
				(o) -> assertThat(items(o)).extracting(MarcItem::title).containsOnly("車輪滾滾"));
		marc("BROKEN_marc21_marc8_eacc_cjk_incomplete_escape.mrc", 1, titled("窃听风云 = Overheard"));
		marc("BROKEN_marc21_marc8_greek_missing_charset_change.mrc", 3, (o) -> {
			assertThat(items(o)).allSatisfy((i) -> assertThat(i.title()).startsWith("Η αγορά στη Μεσόγειο : "));
			assertThat(errors(o)).anySatisfy((e) -> assertThat(e.reason()).contains("Greek character set"));
		});
		marc("BROKEN_marc21_utf8_replacement_chars.mrc", 1, (o) -> assertThat(errors(o))
			.anySatisfy((e) -> assertThat(e.reason()).contains("U+FFFD")));
		marc("BROKEN_marcxml_missing_subfield_code.xml", 1, (o) -> assertThat(errors(o))
			.anySatisfy((e) -> assertThat(e.reason()).contains("without a one-character code")));
		MARC.put("danmarc2_iso2709_3char_indicators.mrc", new MarcCase(1, false, (o) -> {
			assertThat(items(o)).extracting(MarcItem::title).containsExactly("On the road with Bob Dylan");
			assertThat(errors(o)).singleElement().extracting(ReadError::reason).asString().contains("windows-1252");
		}));
		cleanMarc("marc21_marc8_cyrillic.mrc", 2, titled("Вор, шпион и убийца", "Синдром Петрушки : роман"));
		cleanMarc("marc21_marc8_diacritics_brkrtest.mrc", 8, (o) -> assertThat(items(o))
			.allSatisfy((i) -> assertThat(i.controlNumber()).startsWith("tes96")));
		cleanMarc("marc21_marc8_eacc_japanese.mrc", 1, (o) -> {
			assertThat(items(o)).extracting(MarcItem::title).containsExactly("金田一 京助 と アイヌ語");
			assertThat(items(o).get(0).altTitles()).contains("Kindaichi Kyōsuke to Ainugo");
		});
		cleanMarc("marc21_marc8_eacc_korean.mrc", 1, titled("四分律"));
		cleanMarc("marc21_marc8_proquest_38rec_same_as_cmarc.mrc", 38, (o) -> assertThat(items(o))
			.allSatisfy((i) -> assertThat(i.controlNumber()).startsWith("EBC")));
		cleanMarc("marc21_unordered_directory.mrc", 1, titled("About parrots : a guide for children"));
		cleanMarc("marc21_utf8_diacritics_brkrtest.mrc", 8, (o) -> assertThat(items(o))
			.allSatisfy((i) -> assertThat(i.controlNumber()).startsWith("tes96")));
		MARC.put("marc21_utf8_russian_maps_12rec.mrc", new MarcCase(12, false, (o) -> {
			assertThat(errors(o)).allSatisfy((e) -> assertThat(e.reason()).endsWith("in 752"));
			assertThat(items(o)).allSatisfy((i) -> assertThat(i.controlNumber()).startsWith("prk"));
		}));
		cleanMarc("marc21_utf8_summerland_baseline.mrc", 1, titled("Summerland"));
		MARC.put("marc21_windows1251_russian_nonstandard.mrc", new MarcCase(6, false, (o) -> {
			assertThat(titles(o)).contains("Психологический тренинг с подростками");
			assertThat(errors(o)).hasSize(6).allSatisfy((e) -> assertThat(e.reason()).contains("windows-1251"));
		}));
		cleanMarc("marcxml_french_morocco_2022.xml", 1, titled("Choix de proverbs amazighes"));
		cleanMarc("marcxml_koha_record_with_oai_header_elems_and_comment.xml", 1,
				titled("Cinema and architecture : from historical to digital"));
		cleanMarc("marcxml_summerland_baseline.xml", 1, titled("Summerland"));
		cleanMarc("unimarc_iso2709_italian_nsb_nse.mrc", 1, (o) -> {
			assertThat(items(o)).extracting(MarcItem::title).containsExactly("L'altra faccia della spirale");
			assertThat(items(o).get(0).format()).isEqualTo(MarcFormat.UNIMARC);
		});
		MARC.put("unimarcxml_sru_bnu_chinese_10rec.xml", new MarcCase(10, false, (o) -> {
			assertThat(items(o)).allSatisfy((i) -> assertThat(i.format()).isEqualTo(MarcFormat.UNIMARC));
			assertThat(items(o).get(0).title()).isEqualTo("'94中国发展报告");
			assertThat(items(o).get(0).publisher()).isEqualTo("中国统计出版社");
			assertThat(errors(o)).singleElement().extracting(ReadError::reason).asString().contains("leader");
		}));
	}

	@Test
	void everySampleFileHasAnExpectation() {
		assertThat(names(RealSamples.files("feeds"))).isEqualTo(new TreeSet<>(FEEDS.keySet()));
		assertThat(names(RealSamples.files("marc"))).isEqualTo(new TreeSet<>(MARC.keySet()));
	}

	@TestFactory
	Stream<DynamicTest> feeds() {
		return RealSamples.files("feeds").stream().map((file) -> DynamicTest.dynamicTest(name(file), () -> {
			FeedCase expected = FEEDS.get(name(file));
			assertThat(expected).as("an expectation for %s", name(file)).isNotNull();
			byte[] bytes = Files.readAllBytes(file);
			FeedReadResult result = assertDoesNotThrow(() -> this.feedReader.read(bytes, expected.contentType(), SOURCE));
			String format = (result.channel() != null) ? result.channel().feedType()
					: result.errors().stream().anyMatch((e) -> e.stage() == ReadStage.DETECT) ? "not a feed" : "not well-formed";
			summary.add(row("feeds/" + name(file), format, result.items().size(), result.errors().size()));
			assertThat(result.items()).as("items of %s", name(file)).hasSize(expected.items());
			assertConformance(name(file), expected.clean(), result.errors());
			if (result.channel() == null) {
				assertThat(result.items()).as("nothing from a file that is not a feed").isEmpty();
			}
			expected.check().accept(result);
		}));
	}

	@TestFactory
	Stream<DynamicTest> catalogues() {
		return RealSamples.files("marc").stream().map((file) -> DynamicTest.dynamicTest(name(file), () -> {
			MarcCase expected = MARC.get(name(file));
			assertThat(expected).as("an expectation for %s", name(file)).isNotNull();
			List<ReadOutcome<MarcItem>> outcomes = assertDoesNotThrow(() -> readCatalogue(file));
			String formats = items(outcomes).stream().map((i) -> i.format().name()).distinct().collect(Collectors.joining("+"));
			summary.add(row("marc/" + name(file), container(file) + " " + formats, items(outcomes).size(), errors(outcomes).size()));
			assertThat(items(outcomes)).as("items of %s", name(file)).hasSize(expected.items());
			assertConformance(name(file), expected.clean(), errors(outcomes));
			expected.check().accept(outcomes);
		}));
	}

	@Test
	void readsTheSameRecordFromIso2709AndMarcXml() throws IOException {
		List<MarcItem> iso = items(readCatalogue(sample("marc", "marc21_utf8_summerland_baseline.mrc")));
		List<MarcItem> xml = items(readCatalogue(sample("marc", "marcxml_summerland_baseline.xml")));

		assertThat(iso).isEqualTo(xml).singleElement().satisfies((item) -> {
			assertThat(item.creators()).containsExactly("Chabon, Michael");
			assertThat(item.isbns()).containsExactly("0786808772", "0786816155");
		});
	}

	@Test
	void readsTheSameTextFromMarc8AndUtf8() throws IOException {
		List<MarcItem> marc8 = items(readCatalogue(sample("marc", "marc21_marc8_diacritics_brkrtest.mrc")));
		List<MarcItem> utf8 = items(readCatalogue(sample("marc", "marc21_utf8_diacritics_brkrtest.mrc")));

		assertThat(nfc(marc8)).isEqualTo(nfc(utf8)).hasSize(8);
	}

	@AfterAll
	static void logSummary() {
		if (summary.isEmpty()) {
			return;
		}
		List<String> rows = new ArrayList<>(summary);
		Collections.sort(rows);
		String header = row("file", "format", "items", "errors");
		logger.info("Real-samples conformance ({} files):\n{}\n{}\n{}", rows.size(), header, "-".repeat(header.length()),
				String.join("\n", rows));
	}

	private static void assertConformance(String file, boolean clean, List<ReadError> errors) {
		if (file.startsWith("BROKEN_")) {
			assertThat(errors).as("a BROKEN_ file records at least one problem").isNotEmpty();
			assertThat(errors).allSatisfy((e) -> assertThat(e.reason()).isNotBlank());
		}
		else if (clean) {
			assertThat(errors).as("problems of %s", file).isEmpty();
		}
	}

	private List<ReadOutcome<MarcItem>> readCatalogue(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return this.catalogueReader.read(in).toList();
		}
	}

	private static void feed(String file, int items, ThrowingConsumer<FeedReadResult> check) {
		FEEDS.put(file, new FeedCase(items, false, null, check));
	}

	private static void cleanFeed(String file, int items, ThrowingConsumer<FeedReadResult> check) {
		FEEDS.put(file, new FeedCase(items, true, null, check));
	}

	private static void marc(String file, int items, ThrowingConsumer<List<ReadOutcome<MarcItem>>> check) {
		MARC.put(file, new MarcCase(items, false, check));
	}

	private static void cleanMarc(String file, int items, ThrowingConsumer<List<ReadOutcome<MarcItem>>> check) {
		MARC.put(file, new MarcCase(items, true, check));
	}

	private static ThrowingConsumer<FeedReadResult> notAFeed(String reason) {
		return (result) -> {
			assertThat(result.channel()).isNull();
			assertThat(result.errors()).last().satisfies((e) -> {
				assertThat(e.stage()).isEqualTo(ReadStage.DETECT);
				assertThat(e.reason()).startsWith(reason);
			});
		};
	}

	private static ThrowingConsumer<List<ReadOutcome<MarcItem>>> titled(String... titles) {
		return (outcomes) -> assertThat(titles(outcomes)).containsExactly(titles);
	}

	private static List<String> titles(FeedReadResult result) {
		return result.items().stream().map(FeedItem::title).toList();
	}

	private static List<String> titles(List<ReadOutcome<MarcItem>> outcomes) {
		return items(outcomes).stream().map(MarcItem::title).toList();
	}

	private static List<MarcItem> items(List<ReadOutcome<MarcItem>> outcomes) {
		return outcomes.stream()
			.filter((outcome) -> outcome instanceof ReadOutcome.Item<MarcItem>)
			.map((outcome) -> ((ReadOutcome.Item<MarcItem>) outcome).value())
			.toList();
	}

	private static List<ReadError> errors(List<ReadOutcome<MarcItem>> outcomes) {
		return outcomes.stream().flatMap((outcome) -> outcome.errors().stream()).toList();
	}

	private static List<String> nfc(List<MarcItem> items) {
		return items.stream()
			.map((item) -> Normalizer.normalize(item.title() + " | " + item.creators() + " | " + item.publisher(),
					Normalizer.Form.NFC))
			.toList();
	}

	private static Path sample(String folder, String name) {
		return RealSamples.files(folder).stream()
			.filter((file) -> name(file).equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no sample " + folder + "/" + name));
	}

	private static String container(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(8);
			String start = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").strip();
			return start.startsWith("<") ? "MARCXML" : "ISO 2709";
		}
	}

	private static Set<String> names(List<Path> files) {
		return files.stream().map(RealSamplesConformanceTests::name).collect(Collectors.toCollection(TreeSet::new));
	}

	private static String name(Path file) {
		return file.getFileName().toString();
	}

	private static String row(String file, String format, Object items, Object errors) {
		return String.format("%-62s %-24s %6s %7s", file, format, items, errors);
	}

}
