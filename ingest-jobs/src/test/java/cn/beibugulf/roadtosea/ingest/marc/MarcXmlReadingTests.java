package cn.beibugulf.roadtosea.ingest.marc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;
import cn.beibugulf.roadtosea.ingest.xml.HostileXml;
import cn.beibugulf.roadtosea.ingest.xml.SafeXml;

import static cn.beibugulf.roadtosea.ingest.marc.CatalogueReaderTests.errors;
import static cn.beibugulf.roadtosea.ingest.marc.CatalogueReaderTests.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MarcXmlReadingTests {

	private static final String SLIM = "http://www.loc.gov/MARC21/slim";

	private final CatalogueReader reader = new CatalogueReader();

	@Test
	void readsAMarc21Collection() throws IOException {
		List<ReadOutcome<MarcItem>> outcomes = read("""
				<?xml version="1.0" encoding="UTF-8"?>
				<collection xmlns="%s">
				  %s
				  %s
				</collection>
				""".formatted(SLIM, marc21("x1", "北海老街"), marc21("x2", "钦州坭兴陶")));

		assertThat(errors(outcomes)).isEmpty();
		assertThat(items(outcomes)).extracting(MarcItem::controlNumber, MarcItem::title)
			.containsExactly(tuple("x1", "北海老街"),
					tuple("x2", "钦州坭兴陶"));
	}

	@Test
	void readsUnimarcRecordsInsideAnSruResponseWithAByteOrderMark() throws IOException {
		String sru = """
				\uFEFF<?xml version="1.0" encoding="UTF-8"?>
				<searchRetrieveResponse xmlns="http://www.loc.gov/zing/srw/">
				  <records><record><recordSchema>unimarcxml</recordSchema><recordData>
				    <record xmlns="info:srw/schema/8/unimarcxml-v0.1">
				      <leader>01576nam0-2200409---4500</leader>
				      <controlfield tag="001">990002180740203961</controlfield>
				      <datafield tag="010" ind1=" " ind2=" "><subfield code="a">7-5037-1744-0</subfield></datafield>
				      <datafield tag="100" ind1=" " ind2=" "><subfield code="a">20020204d1994    em y0chiy0120    ea</subfield></datafield>
				      <datafield tag="200" ind1="1" ind2=" "><subfield code="a">'94中国发展报告</subfield></datafield>
				      <datafield tag="210" ind1=" " ind2=" "><subfield code="c">中国统计出版社</subfield><subfield code="d">1994</subfield></datafield>
				      <datafield tag="701" ind1=" " ind2="0"><subfield code="a">叶震</subfield></datafield>
				    </record>
				  </recordData></record></records>
				</searchRetrieveResponse>
				""";

		List<ReadOutcome<MarcItem>> outcomes = read(sru);

		assertThat(errors(outcomes)).isEmpty();
		assertThat(items(outcomes)).singleElement().satisfies((item) -> {
			assertThat(item.format()).isEqualTo(MarcFormat.UNIMARC);
			assertThat(item.title()).isEqualTo("'94中国发展报告");
			assertThat(item.creators()).containsExactly("叶震");
			assertThat(item.publisher()).isEqualTo("中国统计出版社");
		});
	}

	@Test
	void dropsASubfieldWithoutCodeAndKeepsTheRecord() throws IOException {
		List<ReadOutcome<MarcItem>> outcomes = read("""
				<record xmlns="%s"><leader>00759cam a2200229 a 4500</leader>
				  <controlfield tag="001">11939876</controlfield>
				  <datafield tag="020" ind1=" " ind2=" "><subfield>0679450041</subfield></datafield>
				  <datafield tag="245" ind1="1" ind2="4"><subfield code="a">The amazing adventures of Kavalier and Clay</subfield></datafield>
				</record>
				""".formatted(SLIM));

		assertThat(items(outcomes)).extracting(MarcItem::isbns).containsExactly(List.of());
		assertThat(errors(outcomes)).singleElement().satisfies((error) -> {
			assertThat(error.where()).isEqualTo("record 1 (001 11939876)");
			assertThat(error.stage()).isEqualTo(ReadStage.PARSE);
			assertThat(error.reason()).contains("without a one-character code", "0679450041", "in 020");
		});
	}

	@Test
	void keepsTheRecordsBeforeTextThatIsNotWellFormed() throws IOException {
		List<ReadOutcome<MarcItem>> outcomes = read("<collection xmlns=\"" + SLIM + "\">" + marc21("ok", "合浦汉墓")
				+ "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\"><subfield code=\"a\">x</datafield>");

		assertThat(items(outcomes)).extracting(MarcItem::title).containsExactly("合浦汉墓");
		assertThat(errors(outcomes)).singleElement().satisfies((error) -> {
			assertThat(error.where()).isEqualTo("record 2");
			assertThat(error.reason()).startsWith("not well-formed XML at line 4")
				.endsWith("end-tag \"</subfield>\": the rest of the file is not read");
		});
	}

	@Test
	void refusesMarcXmlWithAnExternalEntity() throws IOException {
		String xml = HostileXml.PASSWD_ENTITY.replace("DOCTYPE x", "DOCTYPE record")
			.replace("<x>&e;</x>", "<record xmlns=\"" + SLIM + "\"><leader>00000nam a2200000 a 4500</leader>"
					+ "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">&e;</subfield></datafield></record>");

		List<ReadOutcome<MarcItem>> outcomes = read(xml);

		assertThat(items(outcomes)).isEmpty();
		assertThat(errors(outcomes)).singleElement().extracting(ReadError::reason).asString()
			.startsWith(SafeXml.DOCTYPE_REFUSED)
			.doesNotContain("root:");
	}

	@Test
	void refusesMarcXmlWithABillionLaughs() throws IOException {
		String xml = HostileXml.BILLION_LAUGHS.replace("DOCTYPE x", "DOCTYPE record")
			.replace("<x>&lol9;</x>", "<record xmlns=\"" + SLIM + "\"><leader>00000nam a2200000 a 4500</leader>"
					+ "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">&lol9;</subfield></datafield></record>");

		List<ReadOutcome<MarcItem>> outcomes = read(xml);

		assertThat(items(outcomes)).isEmpty();
		assertThat(errors(outcomes)).singleElement().extracting(ReadError::reason).asString()
			.startsWith(SafeXml.DOCTYPE_REFUSED);
	}

	@Test
	void neverFetchesAnEntityOrDtdForMarcXml() throws IOException {
		try (HostileXml hostile = HostileXml.start()) {
			List<ReadOutcome<MarcItem>> entity = read(hostile.remoteEntity().replace("<x>&e;</x>", "<record>&e;</record>"));
			List<ReadOutcome<MarcItem>> dtd = read(hostile.remoteDtd().replace("<x>&leaked;</x>", "<record>&leaked;</record>"));

			assertThat(errors(entity)).singleElement().extracting(ReadError::reason).asString()
				.startsWith(SafeXml.DOCTYPE_REFUSED);
			assertThat(errors(dtd)).singleElement().extracting(ReadError::reason).asString()
				.startsWith(SafeXml.DOCTYPE_REFUSED);
			assertThat(hostile.requests()).isZero();
		}
	}

	private List<ReadOutcome<MarcItem>> read(String xml) throws IOException {
		return this.reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).toList();
	}

	private static String marc21(String id, String title) {
		return """
				<record><leader>00000nam a2200000 a 4500</leader>
				  <controlfield tag="001">%s</controlfield>
				  <datafield tag="245" ind1="0" ind2="0"><subfield code="a">%s</subfield></datafield>
				</record>""".formatted(id, title);
	}

}
