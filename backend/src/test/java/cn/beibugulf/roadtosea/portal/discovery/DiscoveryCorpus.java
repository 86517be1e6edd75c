package cn.beibugulf.roadtosea.portal.discovery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small corpus every discovery integration test reads: Chinese, English and Traditional
 * records with the pinyin and suggest inputs the ingest enrichment fills, one record full of
 * characters that CSV and BibTeX must escape, and one hidden and one deleted record that must never
 * show. Indexing it again overwrites the same documents, so each test class may call
 * {@link #index} once.
 */
public final class DiscoveryCorpus {

	public static final String BEIHAI = "d:1";

	public static final String SILK_ROAD = "d:2";

	public static final String TAIWAN = "d:3";

	public static final String SPECIAL = "d:4";

	public static final String HIDDEN = "d:5";

	public static final String DELETED = "d:6";

	public static final String NEWS = "d:7";

	public static final String IMAGE = "d:8";

	/** Every record a reader may see. */
	public static final List<String> VISIBLE = List.of(BEIHAI, SILK_ROAD, TAIWAN, SPECIAL, NEWS, IMAGE);

	/** A title with a comma, double quotes, a line break and every BibTeX special character. */
	public static final String SPECIAL_TITLE = "Ports, \"Quays\" & 50% {braces}\nline two_#1 $5 ~ ^ \\ end";

	private DiscoveryCorpus() {
	}

	public static void index(ElasticsearchClient client) throws IOException {
		List<Map<String, Object>> docs = new ArrayList<>();
		docs.add(record(BEIHAI, "article", "北海老城历史街区的骑楼建筑")
			.with("description", "北海珠海路的骑楼见证了近代开埠以来的商贸往来。")
			.with("creators", List.of("张三", "Li, Ming"))
			.with("subjects", List.of("骑楼", "历史街区"))
			.with("places", List.of(Map.of("name", "北海")))
			.with("library", "北海市图书馆")
			.with("city", "北海")
			.with("language", "zh")
			.with("issued", "2019-03-24")
			.with("year", 2019)
			.with("url", "https://library.example.org/beihai/0001")
			.with("pinyin", "beihai bh qilou ql beihailaochenglishijiequdeqiloujianzhu bhlclsjqdqljz zhangsan zs")
			.with("suggest", Map.of("input", List.of("北海老城历史街区的骑楼建筑", "骑楼", "历史街区", "北海", "张三", "beihai", "bh",
					"qilou", "ql", "beihailaochenglishijiequdeqiloujianzhu", "bhlclsjqdqljz", "zhangsan", "zs")))
			.with("provenance", Map.of("harvestedAt", "2026-01-02T03:04:05Z", "datestamp", "2025-12-31")));
		docs.add(record(SILK_ROAD, "book", "Maritime Silk Road and the Beibu Gulf")
			.with("description", "The ports of the maritime silk road along the Beibu Gulf, from Hepu to Qinzhou.")
			.with("creators", List.of("Smith, John", "王芳"))
			.with("subjects", List.of("maritime history", "silk road"))
			.with("library", "广西壮族自治区图书馆")
			.with("city", "南宁")
			.with("language", "en")
			.with("year", 2015)
			.with("suggest", Map.of("input", List.of("Maritime Silk Road and the Beibu Gulf", "maritime history", "silk road")))
			.with("provenance", Map.of("harvestedAt", "2026-02-03T04:05:06Z")));
		docs.add(record(TAIWAN, "thesis", "臺灣與北部灣的海上貿易")
			.with("description", "論述臺灣與北部灣之間的海上貿易往來。")
			.with("creators", List.of("陳明"))
			.with("subjects", List.of("海上貿易"))
			.with("places", List.of(Map.of("name", "臺灣"), Map.of("name", "北部灣")))
			.with("library", "钦州市图书馆")
			.with("year", 2010)
			.with("pinyin", "taiwan tw beibuwan bbw")
			.with("suggest", Map.of("input", List.of("臺灣與北部灣的海上貿易", "臺灣", "北部灣", "陳明", "taiwan", "tw", "beibuwan", "bbw")))
			.with("provenance", Map.of("harvestedAt", "2026-03-04T05:06:07Z")));
		docs.add(record(SPECIAL, "report", SPECIAL_TITLE)
			.with("description", "A report, with \"quotes\", commas\nand a second line.")
			.with("creators", List.of("=HYPERLINK(\"http://evil.example\")", "O'Brien & Sons"))
			.with("subjects", List.of("ports", "50% off"))
			.with("library", "防城港市图书馆")
			.with("year", 2021)
			.with("provenance", Map.of("harvestedAt", "2026-04-05T06:07:08Z")));
		docs.add(record(HIDDEN, "article", "北海已下架的记录")
			.with("description", "不应出现在任何结果里。")
			.with("pinyin", "beihai bh")
			.with("suggest", Map.of("input", List.of("北海已下架的记录", "北海下架", "beihaixiajia")))
			.with("hidden", true));
		docs.add(record(DELETED, "article", "北海已删除的记录")
			.with("suggest", Map.of("input", List.of("北海已删除的记录", "北海删除")))
			.with("deleted", true));
		docs.add(record(NEWS, "news", "北海日报：涠洲岛迎来旅游旺季")
			.with("description", "涠洲岛的火山地貌吸引了大批游客。")
			.with("library", "北海市图书馆")
			.with("issued", "2023-07")
			.with("year", 2023)
			.with("suggest", Map.of("input", List.of("北海日报：涠洲岛迎来旅游旺季", "涠洲岛", "weizhoudao", "wzd")))
			.with("pinyin", "weizhoudao wzd")
			.with("provenance", Map.of("harvestedAt", "2026-05-06T07:08:09Z")));
		docs.add(record(IMAGE, "image", "钦州坭兴陶老照片")
			.with("library", "钦州市图书馆")
			.with("year", 1985));
		BulkRequest.Builder bulk = new BulkRequest.Builder().index(RecordsIndex.ALIAS).refresh(Refresh.True);
		for (Map<String, Object> doc : docs) {
			bulk.operations(op -> op.index(i -> i.id((String) doc.get("id")).document(doc)));
		}
		assertThat(client.bulk(bulk.build()).errors()).isFalse();
	}

	private static Doc record(String id, String type, String title) {
		Doc doc = new Doc();
		doc.put("id", id);
		doc.put("workKey", id);
		doc.put("sourceId", "d");
		doc.put("type", type);
		doc.put("title", title);
		doc.put("modules", List.of("origins"));
		return doc;
	}

	/** A document under construction. */
	static final class Doc extends LinkedHashMap<String, Object> {

		Doc with(String field, Object value) {
			put(field, value);
			return this;
		}

	}

}
