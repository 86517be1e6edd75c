package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiDcBuilder;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureSet;

/** Chinese fixture records about the Beibu Gulf, for harvest tests. */
public final class BeibuGulfFixtures {

	public static final Instant FIRST_DATESTAMP = Instant.parse("2024-03-01T08:00:00Z");

	static final List<OaiFixtureSet> SETS = List.of(new OaiFixtureSet("module:origins", "溯源"),
			new OaiFixtureSet("module:dynamics", "动态"), new OaiFixtureSet("theme:history", "历史印记"),
			new OaiFixtureSet("theme:trade", "经贸发展"), new OaiFixtureSet("theme:folk-customs", "民俗风物"));

	private static final String[] TOPICS = { "北海老街骑楼建筑", "合浦汉代海上丝绸之路始发港", "涠洲岛火山地貌", "钦州坭兴陶烧制技艺",
			"防城港京族哈节", "北部湾渔业史话", "廉州府志所载海防", "北海近代西洋建筑群", "合浦珍珠养殖", "东兴口岸边境贸易", "疍家人海上婚俗",
			"钦州港开港纪事", "北海银滩旅游开发", "中国—东盟博览会回顾", "北部湾经济区规划", "红树林湿地保护", "冠头岭海防炮台", "南珠文化源流",
			"北海外沙海鲜岛", "合浦大浪古城遗址", "北海英国领事馆旧址", "白龙珍珠城", "京族独弦琴艺术", "钦州三娘湾中华白海豚", "北部湾港口群发展" };

	private static final String[] CREATORS = { "北海市图书馆", "广西壮族自治区图书馆", "钦州市地方志办公室", "防城港市博物馆", "合浦县文物管理所" };

	private BeibuGulfFixtures() {
	}

	/** {@code count} live items, datestamps one hour apart, alternating modules and themes. */
	public static List<OaiFixtureItem> items(String prefix, int count) {
		List<OaiFixtureItem> items = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			items.add(item(prefix, i));
		}
		return items;
	}

	public static OaiFixtureItem item(String prefix, int i) {
		String topic = TOPICS[(i - 1) % TOPICS.length];
		String metadata = OaiDcBuilder.create()
			.title(topic + "（第" + i + "辑）")
			.creator(CREATORS[i % CREATORS.length])
			.subject("北部湾")
			.subject(topic.substring(0, 2))
			.description("关于" + topic + "的地方文献，收录于向海之路专题数据库。<注>含特殊字符 & 引号\"</注>")
			.date((1990 + i) + "年" + (i % 12 + 1) + "月")
			.type((i % 3 == 0) ? "图片" : "期刊文章")
			.language("chi")
			.coverage("北海")
			.coverage("1876-1949")
			.identifier("https://lib.beihai.example/item/" + i)
			.rights("仅供研究使用")
			.toXml();
		return OaiFixtureItem.of(identifier(prefix, i), FIRST_DATESTAMP.plus(i, ChronoUnit.HOURS), sets(i), metadata);
	}

	public static String identifier(String prefix, int i) {
		return "oai:" + prefix + ".example:" + i;
	}

	static List<String> sets(int i) {
		return List.of((i % 2 == 0) ? "module:dynamics" : "module:origins",
				(i % 3 == 0) ? "theme:folk-customs" : (i % 3 == 1) ? "theme:history" : "theme:trade");
	}

	public static OaiFixtureRepository repository(String name, List<OaiFixtureItem> items) {
		return OaiFixtureRepository.of(name, SETS, items);
	}

}
