package cn.beibugulf.roadtosea.ingest.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiDcBuilder;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureItem;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixturePage;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureQuery;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureRepository;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureSet;

/**
 * An OAI-PMH repository of {@code size} generated Chinese and English records, made on demand
 * from the item number (deterministic, nothing held in memory), with realistic lengths: a title
 * of 8–30 characters, 2–5 subjects, a description of 80–400 characters.
 */
final class GeneratedRepository implements OaiFixtureRepository {

	private static final String[] ZH = { "北海", "合浦", "海上丝绸之路", "始发港", "骑楼", "老街", "涠洲岛", "银滩", "疍家", "南珠", "钦州",
			"坭兴陶", "防城港", "京族", "哈节", "东兴", "边境贸易", "崇左", "花山岩画", "白头叶猴", "南宁", "东盟", "博览会", "北部湾", "港口",
			"航运", "文化", "旅游", "历史", "考古", "民俗", "生态", "红树林", "海洋", "渔业", "经济", "研究", "报告", "图书馆", "文献", "档案",
			"发展", "交流", "合作", "建设", "保护", "传承", "非遗", "节庆", "城市", "乡村", "海岛", "贸易", "政策", "规划" };

	private static final String[] EN = { "Beibu", "Gulf", "Beihai", "Hepu", "maritime", "silk", "road", "port", "harbour",
			"trade", "culture", "tourism", "history", "archaeology", "festival", "ecology", "mangrove", "island", "pearl",
			"pottery", "border", "economy", "policy", "research", "report", "library", "heritage", "ASEAN", "shipping",
			"city", "coast", "fishing", "exchange", "planning", "development" };

	private static final String[] MODULES = { "origins", "dynamics", "features", "thinktank", "guide" };

	private static final String[] THEMES = { "history", "belt-and-road", "folk-customs", "trade", "cultural-exchange",
			"sightseeing", "ecology" };

	private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

	private final int size;

	GeneratedRepository(int size) {
		this.size = size;
	}

	@Override
	public String name() {
		return "benchmark";
	}

	@Override
	public List<OaiFixtureSet> sets() {
		return List.of();
	}

	@Override
	public Instant earliestDatestamp() {
		return START;
	}

	@Override
	public OaiFixturePage items(OaiFixtureQuery query, int offset, int limit) {
		List<OaiFixtureItem> items = new ArrayList<>();
		for (int i = offset; i < Math.min(this.size, offset + limit); i++) {
			items.add(item(i));
		}
		return new OaiFixturePage(items, this.size);
	}

	@Override
	public Optional<OaiFixtureItem> item(String identifier) {
		int n = Integer.parseInt(identifier.substring(identifier.lastIndexOf(':') + 1));
		return n >= 0 && n < this.size ? Optional.of(item(n)) : Optional.empty();
	}

	static OaiFixtureItem item(int n) {
		SplittableRandom random = new SplittableRandom(n * 7919L + 17);
		boolean english = random.nextInt(5) == 0;
		OaiDcBuilder dc = OaiDcBuilder.create()
			.title(text(random, english, english ? 3 + random.nextInt(6) : 3 + random.nextInt(6)))
			.creator(english ? "Research Group " + random.nextInt(500) : "北部湾研究组" + random.nextInt(500))
			.description(text(random, english, english ? 20 + random.nextInt(50) : 30 + random.nextInt(120)))
			.date(String.valueOf(1990 + random.nextInt(36)))
			.type(random.nextBoolean() ? "article" : "book")
			.language(english ? "en" : "zh");
		for (int s = 0; s < 2 + random.nextInt(4); s++) {
			dc.subject(english ? EN[random.nextInt(EN.length)] : ZH[random.nextInt(ZH.length)]);
		}
		List<String> sets = List.of("module:" + MODULES[random.nextInt(MODULES.length)],
				"theme:" + THEMES[random.nextInt(THEMES.length)]);
		return OaiFixtureItem.of("oai:bench:" + n, START.plusSeconds(n), sets, dc.toXml());
	}

	private static String text(SplittableRandom random, boolean english, int words) {
		StringBuilder text = new StringBuilder();
		for (int w = 0; w < words; w++) {
			if (english) {
				text.append(w == 0 ? "" : " ").append(EN[random.nextInt(EN.length)]);
			}
			else {
				text.append(ZH[random.nextInt(ZH.length)]);
				if (w % 7 == 6) {
					text.append('，');
				}
			}
		}
		return english ? text.toString() : text.append('。').toString();
	}

}
