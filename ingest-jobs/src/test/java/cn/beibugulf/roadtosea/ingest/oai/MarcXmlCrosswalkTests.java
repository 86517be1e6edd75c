package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.SourceType;
import cn.beibugulf.roadtosea.record.PortalRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** MARCXML harvested by OAI-PMH, read by the catalogue module's MARCXML reader and mapper. */
class MarcXmlCrosswalkTests {

	static final String BEIHAI_BOOK = """
			<record xmlns="http://www.loc.gov/MARC21/slim">
			  <leader>01234nam a2200289 a 4500</leader>
			  <controlfield tag="001">bh0001</controlfield>
			  <controlfield tag="008">200324s2020    cc a          000 0 chi d</controlfield>
			  <datafield tag="100" ind1="1" ind2=" "><subfield code="a">李海明</subfield></datafield>
			  <datafield tag="245" ind1="1" ind2="0"><subfield code="a">北海老街 :</subfield><subfield code="b">骑楼建筑与海上丝绸之路 /</subfield><subfield code="c">李海明著</subfield></datafield>
			  <datafield tag="260" ind1=" " ind2=" "><subfield code="a">南宁 :</subfield><subfield code="b">广西人民出版社,</subfield><subfield code="c">2020.</subfield></datafield>
			  <datafield tag="520" ind1=" " ind2=" "><subfield code="a">记录北海老街的历史与建筑。</subfield></datafield>
			  <datafield tag="650" ind1=" " ind2="7"><subfield code="a">骑楼</subfield><subfield code="z">北海</subfield></datafield>
			  <datafield tag="856" ind1="4" ind2="0"><subfield code="u">https://lib.beihai.example/marc/bh0001</subfield></datafield>
			</record>""";

	private static final HarvestSource SOURCE = new HarvestSource("beihai-marc", SourceType.OAI_PMH, "北海 MARC",
			"https://lib.beihai.example/oai", "marc21", null, "北海市图书馆", "北海", List.of("origins"), List.of(), null,
			true);

	private final MarcXmlCrosswalk crosswalk = new MarcXmlCrosswalk();

	@Test
	void supportsTheUsualMarcPrefixes() {
		assertThat(List.of("marc21", "MARC21", "marcxml", "marc", "unimarc")).allMatch(this.crosswalk::supports);
		assertThat(List.of("oai_dc", "mods", "arXiv")).noneMatch(this.crosswalk::supports);
	}

	@Test
	void mapsAMarc21Record() {
		PortalRecord record = this.crosswalk.toPortalRecord(record(BEIHAI_BOOK), SOURCE, Instant.parse("2026-01-01T00:00:00Z"));

		assertThat(record.id()).isEqualTo("beihai-marc:oai:beihai.example:bh0001");
		assertThat(record.title()).startsWith("北海老街").contains("骑楼建筑与海上丝绸之路");
		assertThat(record.creators()).containsExactly("李海明");
		assertThat(record.subjects()).singleElement().asString().startsWith("骑楼");
		assertThat(record.description()).isEqualTo("记录北海老街的历史与建筑。");
		assertThat(record.issued()).isEqualTo("2020");
		assertThat(record.year()).isEqualTo(2020);
		assertThat(record.language()).isEqualTo("zh");
		assertThat(record.type()).isEqualTo("book");
		assertThat(record.url()).isEqualTo("https://lib.beihai.example/marc/bh0001");
		assertThat(record.library()).isEqualTo("北海市图书馆");
		assertThat(record.modules()).containsExactly("origins");
		assertThat(record.provenance().format()).isEqualTo("marc21");
	}

	@Test
	void aRecordWithoutTitleOrThatIsNotMarcIsSkippedWithItsReason() {
		String untitled = BEIHAI_BOOK.replaceAll("<datafield tag=\"245\".*?</datafield>", "");

		assertThatExceptionOfType(CrosswalkException.class)
			.isThrownBy(() -> this.crosswalk.toPortalRecord(record(untitled), SOURCE, Instant.now()))
			.withMessageContaining("no title");
		assertThatExceptionOfType(CrosswalkException.class)
			.isThrownBy(() -> this.crosswalk.toPortalRecord(record("<oai_dc:dc xmlns:oai_dc=\"x\"/>"), SOURCE, Instant.now()))
			.withMessage("the metadata is not MARCXML: it holds no record with a leader or fields");
		assertThatExceptionOfType(CrosswalkException.class)
			.isThrownBy(() -> this.crosswalk.toPortalRecord(record("<record><leader>"), SOURCE, Instant.now()))
			.withMessageStartingWith("the MARCXML cannot be read: ");
	}

	private static OaiRecord record(String metadata) {
		return new OaiRecord("oai:beihai.example:bh0001", Instant.parse("2024-03-01T08:00:00Z"), List.of(), false, "marc21",
				metadata);
	}

}
