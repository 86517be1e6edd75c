package cn.beibugulf.roadtosea.ingest.oai;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Records whose header lacks identifier or datestamp are taken out of a page before xoai reads it. */
class BrokenRecordHeadersTests {

	private static final String PAGE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-01-01T00:00:00Z</responseDate>
			<request verb="ListRecords">http://example.org/oai</request><ListRecords>
			<record><header><identifier>oai:a:1</identifier><datestamp>2024-01-01T00:00:00Z</datestamp></header>
			<metadata><record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader>
			<datafield tag="245" ind1="0" ind2="0"><subfield code="a">北海老街</subfield></datafield></record></metadata></record>
			<record><header status="deleted"><identifier>oai:a:2</identifier></header></record>
			<record><header status="deleted"><!-- no identifier --></header></record>
			<record><header><identifier>oai:a:4</identifier><datestamp>2024-01-04T00:00:00Z</datestamp></header>
			<metadata><dc>钦州</dc></metadata></record>
			<resumptionToken>next</resumptionToken></ListRecords></OAI-PMH>
			""";

	@Test
	void reportsTheBrokenRecordsAtTheirPlacesAndKeepsTheOthersIntact() {
		BrokenRecordHeaders.Checked checked = BrokenRecordHeaders.check(PAGE.strip().getBytes(StandardCharsets.UTF_8));

		assertThat(checked.broken()).containsExactly(
				new BrokenRecordHeaders.Broken(1, "oai:a:2", "the header of record oai:a:2 has no datestamp"),
				new BrokenRecordHeaders.Broken(2, null, "the record header has no identifier"));
		String page = new String(checked.body(), StandardCharsets.UTF_8);
		assertThat(page).contains("oai:a:1", "北海老街", "oai:a:4", "钦州", "<resumptionToken>next</resumptionToken>")
			.doesNotContain("oai:a:2", "no identifier");
	}

	@Test
	void leavesAPageWithoutBrokenRecordsAsItIs() {
		byte[] page = PAGE.replace("<record><header status=\"deleted\"><identifier>oai:a:2</identifier></header></record>", "")
			.replace("<record><header status=\"deleted\"><!-- no identifier --></header></record>", "")
			.getBytes(StandardCharsets.UTF_8);

		BrokenRecordHeaders.Checked checked = BrokenRecordHeaders.check(page);

		assertThat(checked.broken()).isEmpty();
		assertThat(checked.body()).isSameAs(page);
	}

	@Test
	void leavesAPageThatIsNotWellFormedToXoai() {
		byte[] page = "<OAI-PMH><ListRecords><record>".getBytes(StandardCharsets.UTF_8);

		assertThat(BrokenRecordHeaders.check(page).body()).isSameAs(page);
	}

}
