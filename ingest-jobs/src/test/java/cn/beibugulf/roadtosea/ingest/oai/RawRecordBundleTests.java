package cn.beibugulf.roadtosea.ingest.oai;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiDcBuilder;
import cn.beibugulf.roadtosea.ingest.xml.SafeXml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawRecordBundleTests {

	private static final Instant DATESTAMP = Instant.parse("2024-03-01T08:00:00Z");

	private static final OaiRecord FIRST = new OaiRecord("oai:beihai.example:1", DATESTAMP,
			List.of("module:origins", "theme:history"), false, "oai_dc",
			OaiDcBuilder.create().title("北海老街 & 骑楼 <1927>").creator("李海明").toXml());

	private static final OaiRecord DELETED = new OaiRecord("oai:beihai.example:2#第二/部分?x=1", DATESTAMP.plusSeconds(60),
			List.of(), true, "oai_dc", null);

	private static final OaiRecord MARC = new OaiRecord("oai:beihai.example:3", DATESTAMP.plusSeconds(120), List.of(),
			false, "marc21", "<marc:record xmlns:marc=\"http://www.loc.gov/MARC21/slim\"><marc:datafield tag=\"245\""
					+ " ind1=\"1\" ind2=\"0\"><marc:subfield code=\"a\">合浦珍珠</marc:subfield></marc:datafield></marc:record>");

	@Test
	void holdsExactlyTheChunksRecordsInTheirOrderTombstonesIncluded() {
		RawRecordBundle bundle = RawRecordBundle.of("bhlib", List.of(FIRST, DELETED, MARC));

		assertThat(RawRecordBundle.records(bundle.bytes())).extracting(RawRecordBundle.RawRecord::identifier)
			.containsExactly(FIRST.identifier(), DELETED.identifier(), MARC.identifier());
		assertThat(new String(bundle.bytes(), StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains("<records count=\"3\">")
			.contains("<header status=\"deleted\">");
	}

	@Test
	void everyRecordReadsBackAsTheXmlItWasStoredAs() throws Exception {
		List<OaiRecord> records = List.of(FIRST, DELETED, MARC);
		RawRecordBundle bundle = RawRecordBundle.of("bhlib", records);

		for (OaiRecord record : records) {
			byte[] read = RawRecordBundle.record(bundle.bytes(), record.identifier()).orElseThrow();
			assertThat(parse(read).getDocumentElement().isEqualNode(parse(RawRecordXml.of(record)).getDocumentElement()))
				.as("%s read back:%n%s", record.identifier(), new String(read, StandardCharsets.UTF_8))
				.isTrue();
		}
		List<RawRecordBundle.RawRecord> all = RawRecordBundle.records(bundle.bytes());
		for (int i = 0; i < records.size(); i++) {
			assertThat(parse(all.get(i).xml()).getDocumentElement()
				.isEqualNode(parse(RawRecordXml.of(records.get(i))).getDocumentElement())).isTrue();
		}
		assertThat(new String(RawRecordBundle.record(bundle.bytes(), MARC.identifier()).orElseThrow(), StandardCharsets.UTF_8))
			.contains("xmlns:marc=\"http://www.loc.gov/MARC21/slim\"")
			.contains("合浦珍珠");
		assertThat(RawRecordBundle.record(bundle.bytes(), "oai:beihai.example:4")).isEmpty();
	}

	@Test
	void theKeyIsTheSha1OfTheContentSoTheSameChunkAlwaysLandsOnTheSameObject() {
		RawRecordBundle bundle = RawRecordBundle.of("bhlib", List.of(FIRST, DELETED));

		assertThat(bundle.key()).matches("raw/bhlib/bundles/[0-9a-f]{40}\\.xml");
		assertThat(RawRecordBundle.of("bhlib", List.of(FIRST, DELETED)).key()).isEqualTo(bundle.key());
		assertThat(RawRecordBundle.of("bhlib", List.of(DELETED, FIRST)).key()).isNotEqualTo(bundle.key());
		assertThat(RawRecordBundle.of("bhlib", List.of(FIRST, new OaiRecord(DELETED.identifier(),
				DELETED.datestamp().plusSeconds(1), List.of(), true, "oai_dc", null))).key()).isNotEqualTo(bundle.key());
		assertThat(RawRecordBundle.of("other", List.of(FIRST, DELETED)).key()).startsWith("raw/other/bundles/");
		assertThat(bundle.rawKeyOf(DELETED)).isEqualTo(bundle.key() + "#oai%3Abeihai.example%3A2%23"
				+ "%E7%AC%AC%E4%BA%8C%2F%E9%83%A8%E5%88%86%3Fx%3D1");
	}

	@Test
	void anIdentifierTwiceInAChunkReadsAsTheLastOne() {
		OaiRecord changed = new OaiRecord(FIRST.identifier(), DATESTAMP.plusSeconds(3600), List.of(), false, "oai_dc",
				OaiDcBuilder.create().title("北海老街（修订）").toXml());
		RawRecordBundle bundle = RawRecordBundle.of("bhlib", List.of(FIRST, changed));

		assertThat(new String(RawRecordBundle.record(bundle.bytes(), FIRST.identifier()).orElseThrow(), StandardCharsets.UTF_8))
			.contains("北海老街（修订）")
			.doesNotContain("骑楼");
	}

	@Test
	void aBundleWithADoctypeOrNotWellFormedIsRefused() {
		byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE records [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<records><record xmlns=\"http://www.openarchives.org/OAI/2.0/\"><header><identifier>&x;</identifier>"
				+ "</header></record></records>").getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> RawRecordBundle.records(hostile)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(SafeXml.DOCTYPE_REFUSED);
		assertThatThrownBy(() -> RawRecordBundle.record("<records><record>".getBytes(StandardCharsets.UTF_8), "x"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not well-formed");
		assertThatThrownBy(() -> RawRecordBundle.records(RawRecordXml.of(FIRST)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Not a raw record bundle");
	}

	private static Document parse(byte[] xml) throws Exception {
		return SafeXml.documentBuilder().parse(new ByteArrayInputStream(xml));
	}

}
