package cn.beibugulf.roadtosea.portal.export;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.discovery.DiscoveryCorpus;
import cn.beibugulf.roadtosea.portal.discovery.DiscoveryIntegrationTestSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.beibugulf.roadtosea.portal.PortalHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citations (RIS, BibTeX, CSL-JSON) and the CSV result list on the real embedded node.
 */
class ExportIntegrationTests extends DiscoveryIntegrationTestSupport {

	private PortalHttp.Response cite(String format, String... ids) {
		StringBuilder query = new StringBuilder("/api/citations?format=").append(format);
		for (String id : ids) {
			query.append("&id=").append(encode(id));
		}
		return this.http.get(query.toString());
	}

	@Test
	void risOfAChineseRecord() {
		PortalHttp.Response response = cite("ris", DiscoveryCorpus.BEIHAI);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/x-research-info-systems");
		assertThat(response.body()).startsWith("TY  - JOUR\r\n")
			.contains("TI  - 北海老城历史街区的骑楼建筑\r\n", "AU  - 张三\r\n", "AU  - Li, Ming\r\n", "PY  - 2019\r\n",
					"DA  - 2019/03/24/\r\n", "PB  - 北海市图书馆\r\n", "CY  - 北海\r\n", "KW  - 骑楼\r\n", "KW  - 历史街区\r\n",
					"AB  - 北海珠海路的骑楼见证了近代开埠以来的商贸往来。\r\n", "UR  - https://library.example.org/beihai/0001\r\n",
					"ER  - \r\n");
		assertThat(this.http.get("/api/citations?format=ris&id=" + encode(DiscoveryCorpus.BEIHAI)).body())
			.isEqualTo(response.body());
	}

	@Test
	void risTypesAndOneLinePerValue() {
		PortalHttp.Response response = cite("ris", DiscoveryCorpus.SILK_ROAD, DiscoveryCorpus.TAIWAN,
				DiscoveryCorpus.SPECIAL, DiscoveryCorpus.NEWS, DiscoveryCorpus.IMAGE, DiscoveryCorpus.HIDDEN);
		List<String> types = new ArrayList<>();
		for (String line : response.body().split("\r\n")) {
			assertThat(line).matches("^([A-Z][A-Z0-9]  - .*)?$");
			if (line.startsWith("TY  - ")) {
				types.add(line.substring(6));
			}
		}
		assertThat(types).containsExactly("BOOK", "THES", "RPRT", "NEWS", "GEN");
		assertThat(response.body().split("ER  - ", -1)).hasSize(6);
		assertThat(response.body()).contains("TI  - Ports, \"Quays\" & 50% {braces} line two_#1 $5 ~ ^ \\ end\r\n")
			.doesNotContain("已下架")
			.contains("UR  - https://portal.example.org/records/d:4\r\n");
		assertThat(response.body()).doesNotContain("\n\n").doesNotContain("\r\r");
	}

	@Test
	void bibtexEscapesAndBalancesBraces() {
		PortalHttp.Response response = cite("bibtex", DiscoveryCorpus.BEIHAI, DiscoveryCorpus.SPECIAL,
				DiscoveryCorpus.TAIWAN);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/x-bibtex");
		String bib = response.body();
		assertThat(bib).startsWith("@article{d:1,\n")
			.contains("@techreport{d:4,", "@phdthesis{d:3,")
			.contains("  title = {{北海老城历史街区的骑楼建筑}},\n", "  author = {{张三} and Li, Ming},\n", "  year = {2019},\n",
					"  publisher = {北海市图书馆},\n", "  school = {钦州市图书馆},\n", "  institution = {防城港市图书馆},\n")
			.contains("title = {{Ports, \"Quays\" \\& 50\\% \\{braces\\} line two\\_\\#1 \\$5 \\textasciitilde{} "
					+ "\\textasciicircum{} \\textbackslash{} end}}")
			.contains(" and {O'Brien \\& Sons}},\n");
		assertThat(balanced(bib)).isTrue();
		// every entry is closed: an entry starts only after the previous one's braces balance
		for (String entry : bib.split("\n\n")) {
			if (!entry.isBlank()) {
				assertThat(balanced(entry)).as(entry).isTrue();
			}
		}
	}

	/** Braces balance, not counting escaped ones, and never close more than they opened. */
	private static boolean balanced(String bib) {
		int depth = 0;
		for (int i = 0; i < bib.length(); i++) {
			char c = bib.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

	@Test
	void cslJsonParsesAndNamesTheParts() {
		PortalHttp.Response response = cite("csl-json", DiscoveryCorpus.BEIHAI, DiscoveryCorpus.NEWS,
				DiscoveryCorpus.IMAGE);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/vnd.citationstyles.csl+json");
		JsonNode items = JsonMapper.builder().build().readTree(response.body());
		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(3);
		JsonNode beihai = items.get(0);
		assertThat(beihai.get("id").asString()).isEqualTo(DiscoveryCorpus.BEIHAI);
		assertThat(beihai.get("type").asString()).isEqualTo("article-journal");
		assertThat(beihai.get("title").asString()).isEqualTo("北海老城历史街区的骑楼建筑");
		assertThat(beihai.get("author").get(0).get("literal").asString()).isEqualTo("张三");
		assertThat(beihai.get("author").get(1).get("family").asString()).isEqualTo("Li");
		assertThat(beihai.get("author").get(1).get("given").asString()).isEqualTo("Ming");
		assertThat(beihai.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2019,3,24]");
		assertThat(beihai.get("publisher").asString()).isEqualTo("北海市图书馆");
		assertThat(beihai.get("keyword").asString()).isEqualTo("骑楼, 历史街区");
		assertThat(items.get(1).get("type").asString()).isEqualTo("article-newspaper");
		assertThat(items.get(1).get("issued").get("date-parts").get(0).toString()).isEqualTo("[2023,7]");
		assertThat(items.get(2).get("type").asString()).isEqualTo("graphic");
		assertThat(items.get(2).get("URL").asString()).isEqualTo("https://portal.example.org/records/d:8");
	}

	@Test
	void downloadsAreNamedAndRefusalsAreProblems() {
		PortalHttp.Response one = cite("bibtex", DiscoveryCorpus.BEIHAI);
		assertThat(one.status()).isEqualTo(200);
		PortalHttp.Response hidden = cite("ris", DiscoveryCorpus.HIDDEN, DiscoveryCorpus.DELETED);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.contentType()).startsWith("application/problem+json");
		PortalHttp.Response badFormat = cite("endnote", DiscoveryCorpus.BEIHAI);
		assertThat(badFormat.status()).isEqualTo(400);
		assertThat(badFormat.json().get("code").asString()).isEqualTo("format.invalid");
		assertThat(this.http.get("/api/citations?format=ris").json().get("code").asString()).isEqualTo("id.missing");
	}

	@Test
	void csvHasABomAHeaderAndEscapedCells() throws IOException {
		PortalHttp.Response response = this.http.get("/api/search.csv");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
		String body = response.body();
		assertThat(body.charAt(0)).isEqualTo('\uFEFF');
		List<CSVRecord> rows;
		try (CSVParser parser = CSVParser.parse(new StringReader(body.substring(1)), CSVFormat.RFC4180)) {
			rows = parser.getRecords();
		}
		assertThat(rows.getFirst().toList()).containsExactly(ResultCsv.HEADER);
		List<CSVRecord> records = rows.subList(1, rows.size());
		Set<String> ids = new HashSet<>();
		records.forEach(row -> ids.add(row.get(0)));
		assertThat(ids).containsExactlyInAnyOrderElementsOf(DiscoveryCorpus.VISIBLE);
		CSVRecord special = records.stream().filter(row -> row.get(0).equals(DiscoveryCorpus.SPECIAL)).findFirst().orElseThrow();
		assertThat(special.get(1)).isEqualTo(DiscoveryCorpus.SPECIAL_TITLE);
		// a cell a spreadsheet would run as a formula is defused with a leading apostrophe
		assertThat(special.get(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\"); O'Brien & Sons");
		CSVRecord beihai = records.stream().filter(row -> row.get(0).equals(DiscoveryCorpus.BEIHAI)).findFirst().orElseThrow();
		assertThat(beihai.get(1)).isEqualTo("北海老城历史街区的骑楼建筑");
		assertThat(beihai.get(12)).isEqualTo("https://portal.example.org/records/d:1");
		assertThat(body).contains("\"Ports, \"\"Quays\"\" & 50% {braces}\nline two_#1 $5 ~ ^ \\ end\"");
	}

	@Test
	void csvListsWhatTheSearchFinds() {
		String query = "q=" + encode("北海") + "&module=origins";
		JsonNode search = this.http.get("/api/search?" + query + "&size=100").json();
		List<String> searched = new ArrayList<>();
		search.get("hits").forEach(hit -> searched.add(hit.get("id").asString()));
		assertThat(searched).isNotEmpty();
		PortalHttp.Response csv = this.http.get("/api/search.csv?" + query);
		List<String> exported = new ArrayList<>();
		for (String line : csv.body().substring(1).split("\r\n")) {
			if (line.startsWith("d:")) {
				exported.add(line.substring(0, line.indexOf(',')));
			}
		}
		assertThat(exported).containsExactlyElementsOf(searched);
		assertThat(this.http.get("/api/search.csv?year=nineteen").status()).isEqualTo(400);
	}

	@Test
	void csvFollowsTheChosenOrderAndFilters() {
		List<String> byRelevance = csvIds("");
		List<String> newestFirst = csvIds("sort=date");
		assertThat(newestFirst).containsExactlyInAnyOrderElementsOf(byRelevance);
		// dated records first, newest first; then the undated ones by id
		assertThat(newestFirst).containsExactly(DiscoveryCorpus.NEWS, DiscoveryCorpus.BEIHAI, DiscoveryCorpus.SILK_ROAD,
				DiscoveryCorpus.TAIWAN, DiscoveryCorpus.SPECIAL, DiscoveryCorpus.IMAGE);
		assertThat(newestFirst).isNotEqualTo(byRelevance);
		for (String sort : List.of("sort=date", "sort=date_asc", "sort=title", "sort=relevance", "q=" + encode("北海") + "&sort=date_asc")) {
			assertThat(csvIds(sort)).as(sort).containsExactlyElementsOf(searchIds(sort));
		}
		assertThat(csvIds("sort=date_asc").getFirst()).isEqualTo(DiscoveryCorpus.BEIHAI);

		assertThat(csvIds("yearFrom=2015&yearTo=2021&sort=date_asc")).containsExactly(DiscoveryCorpus.BEIHAI,
				DiscoveryCorpus.SILK_ROAD, DiscoveryCorpus.SPECIAL);
		assertThat(csvIds("fullText=true")).isEmpty();
		assertThat(csvIds("fullText=false")).containsExactlyInAnyOrderElementsOf(DiscoveryCorpus.VISIBLE);

		PortalHttp.Response unknown = this.http.get("/api/search.csv?sort=popularity");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("code").asString()).isEqualTo("sort.invalid");
	}

	private List<String> csvIds(String query) {
		PortalHttp.Response csv = this.http.get("/api/search.csv?" + query);
		assertThat(csv.status()).as(csv.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(csv.body().substring(1)),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			parser.forEach(row -> ids.add(row.get("id")));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return ids;
	}

	private List<String> searchIds(String query) {
		JsonNode search = this.http.get("/api/search?size=100&" + query).json();
		List<String> ids = new ArrayList<>();
		search.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
		return ids;
	}

	@Test
	void openApiDescribesTheDiscoveryEndpoints() {
		JsonNode paths = this.http.get("/v3/api-docs").json().get("paths");
		for (String path : List.of("/api/citations", "/api/search.csv", "/api/suggest", "/api/suggest/spelling",
				"/api/records-jsonld", "/api/admin/insight/queries", "/sitemap.xml", "/robots.txt")) {
			assertThat(paths.has(path)).as(path).isTrue();
		}
	}

}
