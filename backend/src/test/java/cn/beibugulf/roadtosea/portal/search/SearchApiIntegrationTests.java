package cn.beibugulf.roadtosea.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.index.WorkLinker;
import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.TestDataDir;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.beibugulf.roadtosea.portal.PortalHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search API on the real embedded Elasticsearch node, with a small corpus indexed through
 * the alias.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiIntegrationTests {

	static final String HEPU_TEXT = "合浦港是汉代海上丝绸之路的始发港。北海与合浦相邻，出土文物众多。"
			+ "有佛教學者認為海路也傳播了佛教。今天的北海老街仍可见到骑楼。";

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("portal.data-dir", () -> TestDataDir.path("search-api"));
	}

	@LocalServerPort
	int port;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	WorkLinker linker;

	PortalHttp http;

	@BeforeAll
	void indexCorpus() throws IOException {
		this.http = new PortalHttp(this.port);
		List<Map<String, Object>> docs = new ArrayList<>();
		Map<String, Object> arcades = doc("t:1", "北海老城历史街区的骑楼建筑", "北海珠海路的骑楼见证了近代开埠以来的商贸往来。",
				List.of("origins"), List.of("history"), "article", "北海市图书馆", "北海", 2019);
		arcades.put("places", List.of(Map.of("name", "北海")));
		// as RecordEnricher writes it: title run joined, its initials, then the places' pinyin
		arcades.put("pinyin", "beihailaochenglishijiequdeqiloujianzhu | bhlclsjqdqljz | beihai | bh");
		docs.add(arcades);
		docs.add(doc("t:2", "北方的港口与辽阔的大海", "一篇关于北方港口城市面向大海发展的随笔。", List.of("features"),
				List.of("sightseeing"), "article", "南宁市图书馆", "南宁", 2021));
		Map<String, Object> hepu = doc("t:3", "合浦汉墓与海上丝绸之路", "合浦是汉代海上丝绸之路的重要始发港，北海地区出土了大量汉代文物。",
				List.of("origins", "features"), List.of("history", "belt-and-road"), "book", "北海市图书馆", "北海", 2015);
		hepu.put("workKey", "work:hepu");
		hepu.put("fullText", HEPU_TEXT);
		docs.add(hepu);
		Map<String, Object> sameWork = doc("t:9", "合浦汉墓与海上丝绸之路", "同一部书在钦州市图书馆的馆藏记录。",
				List.of("origins", "features"), List.of("history"), "book", "钦州市图书馆", "钦州", 2015);
		sameWork.put("workKey", "work:hepu");
		docs.add(sameWork);
		docs.add(doc("t:4", "佛教學與海上絲綢之路", "海上絲綢之路也是佛教傳播的通道。", List.of("features"),
				List.of("cultural-exchange"), "thesis", "钦州市图书馆", "钦州", 2010));
		docs.add(doc("t:5", "近代佛教学研究综述", "综述近代以来的佛教学研究。", List.of("thinktank"), List.of("cultural-exchange"),
				"report", "钦州市图书馆", "钦州", 2012));
		Map<String, Object> weizhou = doc("t:6", "涠洲岛旅游攻略", "北海涠洲岛的火山地貌与潜水路线。", List.of("dynamics"),
				List.of("sightseeing", "ecology"), "travel-guide", "北海市图书馆", "北海", 2023);
		weizhou.put("places", List.of(Map.of("name", "北海"), Map.of("name", "涠洲岛")));
		docs.add(weizhou);
		docs.add(doc("t:8", "北海<script>alert(1)</script>港务档案", "含有<img src=x onerror=alert(1)>标记的北海档案说明。",
				List.of("guide"), List.of("trade"), "case", "测试馆", "测试", 2022));
		Map<String, Object> hidden = doc("t:7", "北海已下架的记录", "不应出现在检索结果里。", List.of("origins"), List.of("history"),
				"article", "北海市图书馆", "北海", 2020);
		hidden.put("hidden", true);
		docs.add(hidden);
		BulkRequest.Builder bulk = new BulkRequest.Builder().index(RecordsIndex.ALIAS).refresh(Refresh.True);
		for (Map<String, Object> doc : docs) {
			bulk.operations(op -> op.index(i -> i.id((String) doc.get("id")).document(doc)));
		}
		assertThat(this.client.bulk(bulk.build()).errors()).isFalse();
		// as a harvest's end does: each record of a work gets the others as its versions
		this.linker.linkAll();
	}

	private static Map<String, Object> doc(String id, String title, String description, List<String> modules,
			List<String> themes, String type, String library, String city, int year) {
		Map<String, Object> doc = new java.util.HashMap<>();
		doc.put("id", id);
		doc.put("workKey", "work:" + id);
		doc.put("sourceId", "t");
		doc.put("title", title);
		doc.put("description", description);
		doc.put("modules", modules);
		doc.put("themes", themes);
		doc.put("type", type);
		doc.put("library", library);
		doc.put("city", city);
		doc.put("year", year);
		doc.put("issued", year + "-01-01");
		return doc;
	}

	private JsonNode search(String query) {
		PortalHttp.Response response = this.http.get("/api/search?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<String> ids(JsonNode result) {
		List<String> ids = new ArrayList<>();
		result.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
		return ids;
	}

	/** Hit ids and the ids of the other versions shown with them. */
	private static List<String> idsWithVersions(JsonNode result) {
		List<String> ids = ids(result);
		result.get("hits").forEach(hit -> hit.get("versions").forEach(v -> ids.add(v.get("id").asString())));
		return ids;
	}

	@Test
	void beihaiRanksTheWordAboveItsCharactersApartAndMarksIt() {
		JsonNode result = search("q=" + encode("北海"));
		List<String> ids = ids(result);
		assertThat(ids).contains("t:1", "t:3", "t:6", "t:8").doesNotContain("t:7");
		if (ids.contains("t:2")) {
			assertThat(ids.indexOf("t:1")).isLessThan(ids.indexOf("t:2"));
		}
		JsonNode first = result.get("hits").get(0);
		assertThat(first.get("title").asString()).contains("北海");
		assertThat(first.get("titleHighlight").asString()).contains("<mark>");
		assertThat(first.get("snippet").asString()).contains("<mark>");
		assertThat(result.get("total").asLong()).isEqualTo(ids.size());
	}

	@Test
	void traditionalAndSimplifiedFindEachOther() {
		assertThat(ids(search("q=" + encode("佛教學")))).contains("t:4", "t:5");
		assertThat(ids(search("q=" + encode("佛教学")))).contains("t:4", "t:5");
		assertThat(idsWithVersions(search("q=" + encode("海上丝绸之路")))).contains("t:3", "t:4", "t:9");
	}

	@Test
	void facetsCountEveryValueAndMultiSelectKeepsTheOtherValuesCounted() {
		JsonNode all = search("q=");
		assertThat(all.get("total").asLong()).isEqualTo(8);
		JsonNode modules = all.get("facets").get("module");
		assertThat(count(modules, "origins")).isEqualTo(3);
		assertThat(count(modules, "features")).isEqualTo(4);
		assertThat(count(all.get("facets").get("library"), "北海市图书馆")).isEqualTo(3);
		assertThat(count(all.get("facets").get("year"), "2019")).isEqualTo(1);

		JsonNode chosen = search("module=origins&city=" + encode("北海"));
		assertThat(ids(chosen)).containsExactlyInAnyOrder("t:1", "t:3");
		// the module facet ignores its own choice but honours the city choice
		assertThat(count(chosen.get("facets").get("module"), "dynamics")).isEqualTo(1);
		assertThat(count(chosen.get("facets").get("module"), "thinktank")).isZero();
		assertThat(chosen.get("facets").get("module").findValues("selected").stream().filter(JsonNode::asBoolean))
			.hasSize(1);

		JsonNode either = search("module=origins&module=dynamics");
		assertThat(ids(either)).hasSize(3).contains("t:1", "t:6");
		assertThat(idsWithVersions(either)).containsExactlyInAnyOrder("t:1", "t:3", "t:9", "t:6");
	}

	@Test
	void fullTextFacetCountsBothSidesAndFiltersLikeTheOtherFacets() {
		JsonNode all = search("q=");
		JsonNode presence = all.get("facets").get("fullText");
		assertThat(count(presence, "true")).isEqualTo(1);
		assertThat(count(presence, "false")).isEqualTo(7);

		JsonNode withText = search("fullText=true");
		assertThat(idsWithVersions(withText)).containsExactly("t:3");
		assertThat(withText.get("total").asLong()).isEqualTo(1);
		// its own counts ignore the choice, the other facets honour it
		assertThat(count(withText.get("facets").get("fullText"), "false")).isEqualTo(7);
		assertThat(selected(withText.get("facets").get("fullText"))).containsExactly("true");
		assertThat(count(withText.get("facets").get("module"), "origins")).isEqualTo(1);
		assertThat(count(withText.get("facets").get("module"), "dynamics")).isZero();

		// other facets narrow its counts; a chosen value stays listed even when nothing has it
		JsonNode dynamics = search("fullText=true&module=dynamics");
		assertThat(dynamics.get("total").asLong()).isZero();
		assertThat(count(dynamics.get("facets").get("fullText"), "false")).isEqualTo(1);
		assertThat(selected(dynamics.get("facets").get("fullText"))).containsExactly("true");

		assertThat(search("fullText=false").get("total").asLong()).isEqualTo(7);
		assertThat(search("fullText=true&fullText=false").get("total").asLong()).isEqualTo(8);
		PortalHttp.Response odd = this.http.get("/api/search?fullText=maybe");
		assertThat(odd.status()).isEqualTo(400);
		assertThat(odd.json().get("code").asString()).isEqualTo("fullText.invalid");
	}

	@Test
	void yearRangeFiltersWhileTheHistogramAndYearFacetIgnoreIt() {
		JsonNode all = search("q=");
		JsonNode histogram = all.get("yearHistogram");
		assertThat(histogram.get("min").asInt()).isEqualTo(2010);
		assertThat(histogram.get("max").asInt()).isEqualTo(2023);
		assertThat(histogram.get("interval").asInt()).isEqualTo(1);
		assertThat(histogram.get("buckets")).hasSize(14);
		assertThat(bucket(histogram, 2015)).isEqualTo(2);
		assertThat(bucket(histogram, 2016)).isZero();
		long sum = 0;
		for (JsonNode b : histogram.get("buckets")) {
			sum += b.get("count").asLong();
		}
		assertThat(sum).isEqualTo(8);
		assertThat(histogram.get("withoutYear").asLong()).isZero();

		JsonNode range = search("yearFrom=2015&yearTo=2021");
		assertThat(idsWithVersions(range)).containsExactlyInAnyOrder("t:1", "t:2", "t:3", "t:9");
		assertThat(range.get("total").asLong()).isEqualTo(4);
		assertThat(range.get("yearHistogram").get("min").asInt()).isEqualTo(2010);
		assertThat(bucket(range.get("yearHistogram"), 2023)).isEqualTo(1);
		assertThat(count(range.get("facets").get("year"), "2010")).isEqualTo(1);
		assertThat(count(range.get("facets").get("module"), "thinktank")).isZero();
		assertThat(count(range.get("facets").get("module"), "origins")).isEqualTo(3);

		assertThat(ids(search("yearFrom=2020"))).containsExactlyInAnyOrder("t:2", "t:6", "t:8");
		assertThat(ids(search("yearTo=2011"))).containsExactly("t:4");
		assertThat(ids(search("year=2019&yearFrom=2015"))).containsExactly("t:1");
		assertThat(ids(search("q=" + encode("北海") + "&yearFrom=2019&yearTo=2019"))).containsExactly("t:1");

		// the histogram honours the other filters
		JsonNode origins = search("module=origins&yearFrom=2019");
		assertThat(origins.get("yearHistogram").get("min").asInt()).isEqualTo(2015);
		assertThat(origins.get("yearHistogram").get("max").asInt()).isEqualTo(2019);
		assertThat(search("module=nothing").get("yearHistogram").get("buckets")).isEmpty();

		for (String bad : List.of("yearFrom=2020&yearTo=2010", "yearFrom=abc", "yearTo=99999", "yearFrom=1&yearFrom=2")) {
			PortalHttp.Response refused = this.http.get("/api/search?" + bad);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.json().get("code").asString()).as(bad).isEqualTo("year.invalid");
		}
	}

	private static long bucket(JsonNode histogram, int year) {
		for (JsonNode b : histogram.get("buckets")) {
			if (b.get("from").asInt() <= year && year <= b.get("to").asInt()) {
				return b.get("count").asLong();
			}
		}
		throw new AssertionError("no bucket for " + year + " in " + histogram);
	}

	private static List<String> selected(JsonNode facet) {
		List<String> values = new ArrayList<>();
		facet.forEach(entry -> {
			if (entry.get("selected").asBoolean()) {
				values.add(entry.get("value").asString());
			}
		});
		return values;
	}

	private static long count(JsonNode facet, String value) {
		for (JsonNode entry : facet) {
			if (entry.get("value").asString().equals(value)) {
				return entry.get("count").asLong();
			}
		}
		return 0;
	}

	@Test
	void oneHitPerWorkWithItsOtherVersions() {
		JsonNode result = search("q=" + encode("合浦汉墓"));
		JsonNode work = result.get("hits").get(0);
		assertThat(List.of("t:3", "t:9")).contains(work.get("id").asString());
		assertThat(work.get("versions")).hasSize(1);
		String other = work.get("versions").get(0).get("id").asString();
		assertThat(other).isNotEqualTo(work.get("id").asString()).isIn("t:3", "t:9");
		assertThat(ids(result)).doesNotContain(other);

		// the record page has them too, without the ids kept for linking
		PortalHttp.Response record = this.http.get("/api/records/t:3");
		assertThat(record.status()).isEqualTo(200);
		assertThat(record.json().get("versionCount").asInt()).isEqualTo(1);
		assertThat(record.json().get("versions").get(0).get("id").asString()).isEqualTo("t:9");
		assertThat(record.json().get("versions").get(0).get("library").asString()).isEqualTo("钦州市图书馆");
		assertThat(record.json().has("versionIds")).isFalse();
	}

	/**
	 * Another library's copy of a work found is shown even when its own record lacks the words (it
	 * was catalogued differently); the chosen facet values still apply to it.
	 */
	@Test
	void aVersionNeedNotHoldTheWordsButMustPassTheFilters() {
		JsonNode onlyInOneCopy = search("q=" + encode("始发港"));
		JsonNode work = hit(onlyInOneCopy, "t:3");
		assertThat(work.get("versions")).extracting((version) -> version.get("id").asString()).containsExactly("t:9");
		assertThat(ids(onlyInOneCopy)).doesNotContain("t:9");

		JsonNode oneLibrary = search("q=" + encode("合浦汉墓") + "&library=" + encode("北海市图书馆"));
		assertThat(hit(oneLibrary, "t:3").get("versions")).isEmpty();
	}

	/**
	 * A record holds the summaries of only the first {@link WorkLinker#MAX_SUMMARIES} versions of its
	 * work; when the chosen values leave too few of them, the work's versions are asked of
	 * Elasticsearch, so a version further down the list is still shown.
	 */
	@Test
	void versionsBeyondTheStoredSummariesAreStillFoundUnderAFilter() throws IOException {
		int copies = WorkLinker.MAX_SUMMARIES + 3;
		BulkRequest.Builder bulk = new BulkRequest.Builder().index(RecordsIndex.ALIAS).refresh(Refresh.True);
		for (int n = 0; n < copies; n++) {
			// two copies in 测试甲馆, which sorts after 测试乙馆: no record holds a summary of them
			String library = n >= copies - 2 ? "测试甲馆" : "测试乙馆";
			Map<String, Object> copy = doc("m:" + n, "万卷同书记", "同一部书的第 " + n + " 份馆藏记录。", List.of("features"),
					List.of("history"), "book", library, "测试", 2001);
			copy.put("workKey", "work:many");
			copy.put("sourceId", "m");
			bulk.operations(op -> op.index(i -> i.id((String) copy.get("id")).document(copy)));
		}
		assertThat(this.client.bulk(bulk.build()).errors()).isFalse();
		this.linker.link(Query.of(q -> q.term(t -> t.field("sourceId").value("m"))));
		try {
			JsonNode all = search("q=" + encode("万卷同书记"));
			assertThat(all.get("hits")).hasSize(1);
			assertThat(all.get("hits").get(0).get("versions")).hasSize(5);

			JsonNode rare = search("q=" + encode("万卷同书记") + "&library=" + encode("测试甲馆"));
			JsonNode hit = rare.get("hits").get(0);
			String other = hit.get("id").asString().equals("m:" + (copies - 1)) ? "m:" + (copies - 2)
					: "m:" + (copies - 1);
			assertThat(hit.get("versions")).extracting((version) -> version.get("id").asString()).containsExactly(other);
		}
		finally {
			// (the embedded node has no delete-by-query)
			BulkRequest.Builder delete = new BulkRequest.Builder().index(RecordsIndex.ALIAS).refresh(Refresh.True);
			for (int n = 0; n < copies; n++) {
				String id = "m:" + n;
				delete.operations(op -> op.delete(d -> d.id(id)));
			}
			assertThat(this.client.bulk(delete.build()).errors()).isFalse();
		}
	}

	/** Each highlighted field marks the search's words as it analyses them; phrases and field terms too. */
	@Test
	void marksFollowTheWordsPhrasesAndFieldTerms() {
		JsonNode phrase = search("q=" + encode("\"海上丝绸之路\""));
		JsonNode hepu = hit(phrase, "t:3");
		assertThat(hepu.get("titleHighlight").asString()).contains("<mark>").contains("海上");
		assertThat(marked(hepu.get("snippet").asString())).contains("丝绸");

		JsonNode fieldTerm = search("q=" + encode("title:骑楼"));
		JsonNode arcades = hit(fieldTerm, "t:1");
		assertThat(marked(arcades.get("titleHighlight").asString())).contains("骑");
		assertThat(arcades.get("titleHighlight").asString().replace("<mark>", "").replace("</mark>", ""))
			.isEqualTo("北海老城历史街区的骑楼建筑");

		// browsing has no words: nothing is marked
		search("module=origins").get("hits").forEach(hit -> assertThat(hit.has("titleHighlight")
				&& hit.get("titleHighlight").asString().contains("<mark>")).isFalse());
	}

	private static JsonNode hit(JsonNode result, String id) {
		for (JsonNode hit : result.get("hits")) {
			if (hit.get("id").asString().equals(id)) {
				return hit;
			}
		}
		throw new AssertionError(id + " not among " + ids(result));
	}

	/** The text inside the marks, joined. */
	private static String marked(String highlight) {
		StringBuilder marked = new StringBuilder();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("<mark>(.*?)</mark>").matcher(highlight);
		while (m.find()) {
			marked.append(m.group(1));
		}
		return marked.toString();
	}

	/**
	 * A search asked again is answered from Elasticsearch's shard request cache (its hit count
	 * rises, the answer is the same), and a change to the index empties the cache: a record
	 * indexed afterwards is found at once.
	 */
	@Test
	void aRepeatedSearchComesFromTheRequestCacheUntilTheIndexChanges() throws IOException {
		String url = "q=" + encode("骑楼建筑") + "&module=origins&fullText=false&yearFrom=2000";
		JsonNode first = search(url);
		long hitsBefore = requestCacheHits();
		JsonNode again = search(url);
		// the page request (its hits carry their versions) comes from the cache
		assertThat(requestCacheHits()).as("request cache hits after the same search").isGreaterThanOrEqualTo(hitsBefore + 1);
		assertThat(ids(again)).isEqualTo(ids(first));
		assertThat(again.get("facets")).isEqualTo(first.get("facets"));

		// autocomplete keeps its answers by prefix for a short time: the same prefix again does
		// not reach Elasticsearch at all
		PortalHttp.Response typed = this.http.get("/api/suggest?q=" + encode("骑楼建"));
		long queriesBefore = searchQueries();
		PortalHttp.Response typedAgain = this.http.get("/api/suggest?q=" + encode("骑楼建"));
		assertThat(typedAgain.status()).isEqualTo(200);
		assertThat(typedAgain.body()).isEqualTo(typed.body());
		assertThat(searchQueries()).as("searches Elasticsearch ran for a repeated prefix").isEqualTo(queriesBefore);

		Map<String, Object> added = doc("t:cache", "北海骑楼建筑新档案", "刚刚编入索引的骑楼记录。", List.of("origins"),
				List.of("history"), "article", "北海市图书馆", "北海", 2024);
		this.client.index(i -> i.index(RecordsIndex.ALIAS).id("t:cache").document(added).refresh(Refresh.True));
		try {
			assertThat(ids(search(url))).contains("t:cache").containsAll(ids(first));
		}
		finally {
			this.client.delete(d -> d.index(RecordsIndex.ALIAS).id("t:cache").refresh(Refresh.True));
		}
		assertThat(ids(search(url))).isEqualTo(ids(first));
	}

	private long searchQueries() throws IOException {
		return primaryStats(co.elastic.clients.elasticsearch._types.CommonStatsFlag.Search).search().queryTotal();
	}

	private long requestCacheHits() throws IOException {
		return primaryStats(co.elastic.clients.elasticsearch._types.CommonStatsFlag.RequestCache).requestCache().hitCount();
	}

	private co.elastic.clients.elasticsearch.indices.stats.IndexStats primaryStats(
			co.elastic.clients.elasticsearch._types.CommonStatsFlag metric) throws IOException {
		return this.client.indices().stats(s -> s.index(RecordsIndex.ALIAS).metric(metric)).all().primaries();
	}

	@Test
	void sortsByDateAndTitleAndRefusesUnknownOrders() {
		JsonNode byDate = search("sort=date");
		assertThat(byDate.get("hits").get(0).get("id").asString()).isEqualTo("t:6");
		JsonNode oldestFirst = search("sort=date_asc");
		assertThat(oldestFirst.get("hits").get(0).get("id").asString()).isEqualTo("t:4");
		assertThat(search("sort=title").get("hits")).isNotEmpty();
		PortalHttp.Response unknown = this.http.get("/api/search?sort=popularity");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("code").asString()).isEqualTo("sort.invalid");
	}

	@Test
	void cursorsPageThroughEveryRecordOnce() {
		List<String> seen = new ArrayList<>();
		JsonNode page = search("sort=date&size=3");
		seen.addAll(ids(page));
		int guard = 0;
		while (page.hasNonNull("nextCursor") && guard++ < 10) {
			page = search("sort=date&size=3&after=" + encode(page.get("nextCursor").asString()));
			seen.addAll(ids(page));
		}
		assertThat(seen).hasSize(8).doesNotHaveDuplicates();
		assertThat(this.http.get("/api/search?after=bm90LWEtY3Vyc29y").status()).isEqualTo(400);
		assertThat(this.http.get("/api/search?after=" + encode("%%%")).status()).isEqualTo(400);
	}

	@Test
	void pinyinFindsTheChineseRecord() {
		assertThat(ids(search("q=beihai"))).contains("t:1");
		assertThat(ids(search("q=bhlc"))).contains("t:1");
		assertThat(ids(search("q=" + encode("beihai laocheng")))).contains("t:1");
	}

	@Test
	void relatedRecordsComeModuleByModule() {
		JsonNode related = this.http.get("/api/related?id=t:1").json();
		assertThat(related.propertyNames()).containsExactly("origins", "dynamics", "features", "thinktank", "guide");
		List<String> dynamics = new ArrayList<>();
		related.get("dynamics").forEach(r -> dynamics.add(r.get("id").asString()));
		assertThat(dynamics).contains("t:6");
		related.forEach(module -> module.forEach(r -> assertThat(r.get("id").asString()).isNotIn("t:1", "t:7")));
		assertThat(this.http.get("/api/related?id=t:7").status()).isEqualTo(404);
	}

	@Test
	void searchWithinGivesEveryMatchWithItsOffsets() {
		JsonNode within = this.http.get("/api/within?id=t:3&q=" + encode("北海")).json();
		assertThat(within.get("field").asString()).isEqualTo("fullText");
		assertThat(within.get("total").asInt()).isEqualTo(2);
		for (JsonNode match : within.get("matches")) {
			assertThat(HEPU_TEXT.substring(match.get("start").asInt(), match.get("end").asInt())).isEqualTo("北海");
			assertThat(match.get("context").asString()).contains("<mark>北海</mark>");
		}
		JsonNode folded = this.http.get("/api/within?id=t:3&q=" + encode("佛教学")).json();
		assertThat(folded.get("total").asInt()).isPositive();
		JsonNode first = folded.get("matches").get(0);
		assertThat(HEPU_TEXT.substring(first.get("start").asInt(), first.get("end").asInt())).contains("佛教");
		assertThat(this.http.get("/api/within?id=t:3&q=").status()).isEqualTo(400);
	}

	@Test
	void advancedSyntaxPhrasesOperatorsFieldsAndYears() {
		assertThat(idsWithVersions(search("q=" + encode("\"海上丝绸之路\"")))).contains("t:3", "t:4", "t:9");
		List<String> notArcades = ids(search("q=" + encode("北海 NOT 骑楼")));
		assertThat(notArcades).contains("t:6").doesNotContain("t:1");
		assertThat(idsWithVersions(search("q=" + encode("title:合浦")))).containsExactlyInAnyOrder("t:3", "t:9");
		assertThat(ids(search("q=" + encode("year:2019-2023")))).containsExactlyInAnyOrder("t:1", "t:2", "t:6", "t:8");
		assertThat(ids(search("q=" + encode("北海 year:2023")))).containsExactly("t:6");
		assertThat(this.http.get("/api/search?q=" + encode("year:abc")).status()).isEqualTo(400);
		for (String odd : List.of("\"unbalanced", "title:", "NOT", "((( OR )))", "-", "\"\"")) {
			assertThat(this.http.get("/api/search?q=" + encode(odd)).status()).as(odd).isEqualTo(200);
		}
	}

	@Test
	void pagingSplitsTheResults() {
		JsonNode first = search("page=1&size=4");
		JsonNode second = search("page=2&size=4");
		assertThat(ids(first)).hasSize(4);
		assertThat(ids(second)).hasSize(3).doesNotContainAnyElementsOf(ids(first));
	}

	@Test
	void hostileOrOddInputGetsAProblemNeverAServerError() {
		for (String query : List.of("q=" + encode("北海 AND (((") + "&size=5", "q=" + encode("title:\"北海\" OR *:*"),
				"q=" + encode("<script>alert(1)</script>"), "q=" + encode("\\/\"'~^{}[]"))) {
			PortalHttp.Response response = this.http.get("/api/search?" + query);
			assertThat(response.status()).as(query).isEqualTo(200);
		}
		// markup stored in a record comes back escaped inside the highlights; only <mark> is markup
		JsonNode scripted = search("q=" + encode("港务档案"));
		JsonNode hit = scripted.get("hits").get(0);
		assertThat(hit.get("id").asString()).isEqualTo("t:8");
		assertThat(hit.get("titleHighlight").asString()).contains("&lt;script&gt;").doesNotContain("<script");
		assertThat(hit.get("snippet").asString()).doesNotContain("<img");

		PortalHttp.Response tooLong = this.http.get("/api/search?q=" + encode("海".repeat(300)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.contentType()).startsWith("application/problem+json");
		assertThat(tooLong.json().get("code").asString()).isEqualTo("query.too-long");

		assertThat(this.http.get("/api/search?page=abc").status()).isEqualTo(400);
		assertThat(this.http.get("/api/search?page=9999&size=100").status()).isEqualTo(400);
		assertThat(this.http.get("/api/search?year=nineteen").status()).isEqualTo(400);
	}

	@Test
	void oneRecordByIdAndProblemsForMissingOrHiddenOnes() {
		PortalHttp.Response found = this.http.get("/api/records/t:3");
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("title").asString()).isEqualTo("合浦汉墓与海上丝绸之路");

		PortalHttp.Response missing = this.http.get("/api/records/t:404");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.json().get("status").asInt()).isEqualTo(404);

		assertThat(this.http.get("/api/records/t:7").status()).isEqualTo(404);
	}

	@Test
	void openApiDescribesTheSearchApi() {
		PortalHttp.Response docs = this.http.get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/search")).isTrue();
	}

	@Test
	void healthReportsSearchEngineStorageAndDatabase() {
		PortalHttp.Response health = this.http.get("/actuator/health");
		assertThat(health.status()).as(health.body()).isEqualTo(200);
		JsonNode components = health.json().get("components");
		assertThat(components.get("elasticsearch").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("objectStorage").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
	}

}
