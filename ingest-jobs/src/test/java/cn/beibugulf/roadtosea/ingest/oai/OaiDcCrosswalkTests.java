package cn.beibugulf.roadtosea.ingest.oai;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.gdcc.xoai.model.oaipmh.results.Record;
import io.gdcc.xoai.serviceprovider.model.Context;
import io.gdcc.xoai.serviceprovider.parsers.ListRecordsParser;
import io.gdcc.xoai.xmlio.XmlReader;
import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiDcBuilder;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.EventDate;
import cn.beibugulf.roadtosea.record.Place;
import cn.beibugulf.roadtosea.record.PortalRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OaiDcCrosswalkTests {

	private static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

	private static final HarvestSource SOURCE = HarvestSource.oai("bhlib", "北海市图书馆地方文献",
			"http://127.0.0.1/oai", "北海市图书馆", "北海", List.of("guide"), List.of("history"));

	private final OaiDcCrosswalk crosswalk = new OaiDcCrosswalk();

	@Test
	void mapsChineseDublinCoreToAPortalRecord() {
		String metadata = OaiDcBuilder.create()
			.title("北海老街骑楼建筑")
			.title("北海老街騎樓建築")
			.creator("陈明")
			.creator("北海市图书馆")
			.subject("骑楼")
			.subject("北海老街")
			.description("珠海路骑楼始建于1883年。")
			.description("第二段。")
			.date("2020年3月24日")
			.type("期刊文章")
			.language("chi")
			.coverage("北海")
			.coverage("1958年至1978年")
			.identifier("hdl:1234/5")
			.identifier("https://lib.beihai.example/item/5")
			.relation("北海老街系列")
			.rights("仅供研究使用")
			.toXml();
		OaiRecord record = new OaiRecord("oai:beihai.example:5", Instant.parse("2024-03-01T08:00:00Z"),
				List.of("module:origins", "theme:trade", "theme:nonsense", "collection:7"), false, "oai_dc", metadata);

		PortalRecord mapped = this.crosswalk.toPortalRecord(record, SOURCE, NOW);

		assertThat(mapped.id()).isEqualTo("bhlib:oai:beihai.example:5");
		assertThat(mapped.sourceId()).isEqualTo("bhlib");
		assertThat(mapped.sourceIdentifier()).isEqualTo("oai:beihai.example:5");
		assertThat(mapped.library()).isEqualTo("北海市图书馆");
		assertThat(mapped.city()).isEqualTo("北海");
		assertThat(mapped.modules()).containsExactly("origins");
		assertThat(mapped.themes()).containsExactly("trade");
		assertThat(mapped.title()).isEqualTo("北海老街骑楼建筑");
		assertThat(mapped.altTitles()).containsExactly("北海老街騎樓建築");
		assertThat(mapped.creators()).containsExactly("陈明", "北海市图书馆");
		assertThat(mapped.subjects()).containsExactly("骑楼", "北海老街");
		assertThat(mapped.description()).isEqualTo("珠海路骑楼始建于1883年。\n\n第二段。");
		assertThat(mapped.issued()).isEqualTo("2020-03-24");
		assertThat(mapped.year()).isEqualTo(2020);
		assertThat(mapped.type()).isEqualTo("article");
		assertThat(mapped.language()).isEqualTo("zh");
		assertThat(mapped.places()).containsExactly(Place.named("北海"));
		assertThat(mapped.eventDate()).isEqualTo(new EventDate("1958", "1978"));
		assertThat(mapped.url()).isEqualTo("https://lib.beihai.example/item/5");
		assertThat(mapped.related()).containsExactly("北海老街系列");
		assertThat(mapped.rights()).isEqualTo("仅供研究使用");
		assertThat(mapped.suggest().input()).containsExactly("北海老街骑楼建筑", "北海老街騎樓建築");
		assertThat(mapped.hidden()).isFalse();
		assertThat(mapped.deleted()).isFalse();
		assertThat(mapped.provenance().format()).isEqualTo("oai_dc");
		assertThat(mapped.provenance().datestamp()).isEqualTo("2024-03-01T08:00:00Z");
		assertThat(mapped.provenance().harvestedAt()).isEqualTo("2025-01-02T03:04:05Z");
		assertThat(mapped.provenance().rawKey()).as("set by the writer, which knows the chunk's bundle").isNull();
		assertThat(mapped.provenance().setSpecs()).contains("collection:7");
	}

	@Test
	void sourceDefaultsApplyWhenSetsAssignNoModuleOrTheme() {
		OaiRecord record = live("oai:x:1", List.of("theme:ecology"), OaiDcBuilder.create().title("红树林").toXml());

		PortalRecord mapped = this.crosswalk.toPortalRecord(record, SOURCE, NOW);

		assertThat(mapped.modules()).containsExactly("guide");
		assertThat(mapped.themes()).containsExactly("ecology");
	}

	@Test
	void normalisesDatesAndPeriods() {
		assertThat(DateText.parse("2003-04-15T10:18:51Z")).map(DateText.Normalised::value).hasValue("2003-04-15");
		assertThat(DateText.parse("2020/3/4")).map(DateText.Normalised::value).hasValue("2020-03-04");
		assertThat(DateText.parse("1936年")).map(DateText.Normalised::value).hasValue("1936");
		assertThat(DateText.parse("[ca. 1936]")).map(DateText.Normalised::year).hasValue(1936);
		assertThat(DateText.parse("2020-13-45")).map(DateText.Normalised::value).hasValue("2020");
		assertThat(DateText.parse("不详")).isEmpty();
		assertThat(DateText.period("1876-1949")).map((p) -> p.from().value() + "/" + p.to().value())
			.hasValue("1876/1949");
		assertThat(DateText.period("1949-1876")).isEmpty();
		assertThat(DateText.period("2020-03")).map((p) -> p.from().value() + "/" + p.to().value())
			.hasValue("2020-03/2020-03");
		assertThat(DateText.period("北海市")).isEmpty();
	}

	@Test
	void aRecordWithoutTitleIsRejectedWithItsReason() {
		OaiRecord record = live("oai:x:2", List.of(), OaiDcBuilder.create().creator("无名").toXml());

		assertThatThrownBy(() -> this.crosswalk.toPortalRecord(record, SOURCE, NOW))
			.isInstanceOf(CrosswalkException.class)
			.hasMessage("the record has no dc:title");
	}

	@Test
	void metadataThatIsNotWellFormedIsRejected() {
		OaiRecord record = live("oai:x:3", List.of(), "<oai_dc:dc><dc:title>断</dc:title>");

		assertThatThrownBy(() -> this.crosswalk.toPortalRecord(record, SOURCE, NOW))
			.isInstanceOf(CrosswalkException.class)
			.hasMessageStartingWith("the oai_dc metadata is not well-formed XML");
	}

	@Test
	void otherFormatsAreRejected() {
		OaiRecord record = live("oai:x:4", List.of(), "<record xmlns=\"http://www.loc.gov/MARC21/slim\"/>");

		assertThatThrownBy(() -> this.crosswalk.toPortalRecord(record, SOURCE, NOW))
			.isInstanceOf(CrosswalkException.class)
			.hasMessageContaining("not oai_dc");
	}

	@Test
	void namespacesDeclaredOnlyOnTheResponseRootAreUnderstood() {
		OaiRecord record = live("oai:x:5", List.of(), "<oai_dc:dc><dc:title>涠洲岛</dc:title></oai_dc:dc>");

		assertThat(this.crosswalk.toPortalRecord(record, SOURCE, NOW).title()).isEqualTo("涠洲岛");
	}

	@Test
	void deletedRecordsBecomeHiddenTombstones() {
		OaiRecordProcessor processor = new OaiRecordProcessor(SOURCE, List.of(this.crosswalk),
				new cn.beibugulf.roadtosea.enrich.RecordEnricher(new cn.beibugulf.roadtosea.enrich.LanguageDetector(),
						cn.beibugulf.roadtosea.enrich.Gazetteer.load()),
				java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
		OaiRecord deleted = new OaiRecord("oai:x:6", NOW, List.of("module:origins"), true, "oai_dc", null);

		HarvestedRecord harvested = processor.process(deleted);

		assertThat(harvested.record().id()).isEqualTo("bhlib:oai:x:6");
		assertThat(harvested.record().deleted()).isTrue();
		assertThat(harvested.record().hidden()).isTrue();
		assertThat(harvested.record().title()).isNull();
		assertThat(harvested.record().provenance().rawKey()).as("set by the writer").isNull();
		assertThat(new String(RawRecordXml.of(deleted), java.nio.charset.StandardCharsets.UTF_8))
			.contains("<header status=\"deleted\">")
			.doesNotContain("<metadata>");
	}

	@Test
	void mapsTheRealDSpaceSample() throws Exception {
		List<OaiRecord> records = parse("oai-pmh/dspace_erasmus_2003_ListRecords_oai_dc.xml");
		HarvestSource source = HarvestSource.oai("erasmus", "Erasmus", "http://dspace.ubib.eur.nl/oai/", "Erasmus",
				"Rotterdam", List.of("thinktank"), List.of());

		List<PortalRecord> mapped = records.stream().map((r) -> this.crosswalk.toPortalRecord(r, source, NOW)).toList();

		assertThat(mapped).hasSize(16).allSatisfy((record) -> {
			assertThat(record.title()).isNotBlank();
			assertThat(record.year()).isEqualTo(2003);
			assertThat(record.url()).startsWith("http://hdl.handle.net/1765/");
			assertThat(record.modules()).containsExactly("thinktank");
		});
		PortalRecord first = mapped.get(0);
		assertThat(first.id()).isEqualTo("erasmus:hdl:1765/308");
		assertThat(first.title()).startsWith("Kijken in het brein");
		assertThat(first.creators()).containsExactly("Smidts, A.");
		assertThat(first.issued()).isEqualTo("2003-04-15");
		assertThat(first.subjects()).contains("neuromarketing", "fMRI");
		assertThat(first.url()).isEqualTo("http://hdl.handle.net/1765/308");
		assertThat(mapped.get(2).language()).isEqualTo("nl");
		assertThat(mapped.get(2).type()).isEqualTo("article");
	}

	private static OaiRecord live(String identifier, List<String> sets, String metadata) {
		return new OaiRecord(identifier, NOW, sets, false, "oai_dc", metadata);
	}

	/** Reads a ListRecords response with xoai's own parser, as the harvester does. */
	private static List<OaiRecord> parse(String sample) throws Exception {
		List<OaiRecord> records = new ArrayList<>();
		try (InputStream in = Files.newInputStream(RealSamples.file(sample)); XmlReader reader = new XmlReader(in)) {
			ListRecordsParser parser = new ListRecordsParser(reader, new Context().withSaveUnparsedMetadata(), "oai_dc");
			while (parser.hasNext()) {
				Record record = parser.next();
				records.add(new OaiRecord(record.getHeader().getIdentifier(), record.getHeader().getDatestamp(),
						record.getHeader().getSetSpecs(), record.getHeader().isDeleted(), "oai_dc",
						record.getMetadata().asUnparsedString()));
			}
		}
		return records;
	}

}
