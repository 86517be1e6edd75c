package cn.beibugulf.roadtosea.portal.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import cn.beibugulf.roadtosea.record.Place;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;
import cn.beibugulf.roadtosea.record.RecordFile;
import cn.beibugulf.roadtosea.record.Vocabulary;
import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Portal records as a crosswalk hands them to the enricher, made on demand from their number
 * (deterministic, nothing held in memory): about 70 % Simplified Chinese, 10 % Traditional
 * (from Hong Kong and Taiwan sources), 20 % English. Titles of 8–40 characters built from the
 * region's places and topics, one to three creators (people and institutions), two to five
 * subjects, a description of 80–400 characters (40–150 words in English), full text of
 * 1,500–6,000 characters on about 8 % of the records, modules, themes, a year skewed toward
 * recent decades, and a few per thousand hidden records and deletion tombstones. Every 40th
 * record is another library's copy of the record before it (same title, creator and year: the
 * same work key), so collapsing by work has something to do.
 */
final class GeneratedRecords {

	private static final Instant HARVESTED = Instant.parse("2026-11-01T00:00:00Z");

	/** id, library, city, weight; Simplified-Chinese libraries first. */
	private static final Source[] SOURCES = { new Source("beihai-lib", "北海市图书馆", "北海", 24),
			new Source("gx-lib", "广西壮族自治区图书馆", "南宁", 20), new Source("nanning-lib", "南宁市图书馆", "南宁", 12),
			new Source("qinzhou-lib", "钦州市图书馆", "钦州", 10), new Source("bbgu-lib", "北部湾大学图书馆", "钦州", 8),
			new Source("fcg-lib", "防城港市图书馆", "防城港", 8), new Source("hepu-museum", "合浦汉代文化博物馆", "北海", 5),
			new Source("yulin-lib", "玉林市图书馆", "玉林", 4), new Source("chongzuo-lib", "崇左市图书馆", "崇左", 3),
			new Source("gxu-lib", "广西大学图书馆", "南宁", 6) };

	private static final Source[] TRADITIONAL_SOURCES = { new Source("hk-lib", "香港中央圖書館", "香港", 1),
			new Source("tw-ncl", "國家圖書館", "台北", 1) };

	private static final String[] ZH_PLACES = { "北海", "北海", "北海", "合浦", "涠洲岛", "银滩", "侨港", "冠头岭", "南宁", "钦州", "三娘湾",
			"防城港", "东兴", "江山半岛", "北仑河口", "玉林", "崇左", "凭祥", "北部湾", "北部湾", "广西", "湛江", "海口", "泉州", "广州", "徐闻",
			"河内", "海防", "下龙湾", "新加坡", "马六甲", "雅加达", "珠海路", "中山路", "廉州" };

	private static final String[] ZH_TOPICS = { "骑楼建筑", "老街", "海上丝绸之路", "始发港", "疍家渔歌", "疍家文化", "南珠", "珍珠养殖", "坭兴陶",
			"京族哈节", "红树林", "边境贸易", "港口航运", "渔业经济", "海洋生态", "花山岩画", "白头叶猴", "东盟博览会", "向海经济", "西部陆海新通道",
			"平陆运河", "非物质文化遗产", "民间信仰", "粤方言", "侨乡文化", "汉墓考古", "海防设施", "灯塔", "盐业", "咸水歌", "近代开埠", "外国领事馆",
			"海关档案", "商会", "华侨", "滨海旅游", "海岛保护", "海洋文化", "城市规划", "口岸经济", "中越关系", "海上贸易", "妈祖信仰", "传统村落" };

	private static final String[] ZH_SUFFIXES = { "研究", "初探", "考", "考察报告", "调查", "的历史变迁", "发展现状与对策", "的保护与利用",
			"史料汇编", "图录", "口述史", "论文集", "年鉴", "志", "的形成与演变", "的文化内涵", "问题研究", "发展报告" };

	private static final String[] ZH_ERAS = { "汉代", "唐宋时期", "明清", "近代", "民国时期", "新中国成立以来", "改革开放以来", "新时代" };

	private static final String[] ZH_ASPECTS = { "形成过程", "空间分布", "社会功能", "历史演变", "保护现状", "经济价值", "文化意义", "传承路径" };

	private static final String[] ZH_ROLES = { "古代海上丝绸之路的重要始发港", "北部湾城市群的重要节点", "中国与东盟交往的前沿", "著名的滨海旅游城市",
			"重要的边境贸易口岸", "西部陆海新通道的出海口" };

	private static final String[] ZH_MATERIALS = { "地方志、海关档案和口述资料", "考古发掘报告", "田野调查资料", "民国报刊", "族谱与碑刻",
			"统计年鉴和政府工作报告" };

	private static final String[] ZH_PROPOSALS = { "保护与活化利用的建议", "加强区域合作的路径", "发展文旅融合的思路", "完善管理体制的对策",
			"推动数字化保存的方案" };

	private static final String[] ZH_DOMAINS = { "城市发展", "社会生活", "对外贸易", "民间文化", "生态环境", "港口建设" };

	private static final String[] ZH_EVENTS = { "举办了国际海洋文化节", "开通了至越南下龙湾的旅游航线", "获批国家历史文化名城", "启动红树林保护修复工程",
			"召开北部湾经济区发展论坛", "建成新的集装箱码头泊位", "发现一批汉代陶器和玻璃器" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
			"林", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "邓", "许", "苏", "蒋", "蔡", "潘", "钟", "廖", "覃", "韦", "莫", "蒙", "庞", "劳" };

	private static final String[] GIVEN = { "明", "华", "建国", "文", "军", "平", "海", "洋", "红", "丽", "芳", "静", "伟", "强", "磊", "敏",
			"涛", "斌", "波", "宁", "珠", "湾", "林", "燕", "霞", "云", "峰", "志勇", "海燕", "立新", "德华", "秀英" };

	private static final String[] INSTITUTIONS = { "北海市地方志编纂委员会", "广西社会科学院", "钦州市文化广电体育和旅游局", "北部湾大学海洋文化研究中心",
			"广西民族研究所", "合浦县文物管理局" };

	private static final String[] EN_PLACES = { "Beihai", "Beihai", "Hepu", "Weizhou Island", "Qinzhou", "Fangchenggang",
			"Dongxing", "Nanning", "Guangxi", "the Beibu Gulf", "the Gulf of Tonkin", "Zhanjiang", "Haiphong", "Singapore",
			"Malacca" };

	private static final String[] EN_TOPICS = { "maritime trade", "the Maritime Silk Road", "qilou arcade buildings",
			"Tanka boat people", "pearl farming", "Nixing pottery", "mangrove ecology", "border trade", "port development",
			"fishing communities", "the Jing ethnic festival", "coastal tourism", "ASEAN cooperation",
			"the New Western Land-Sea Corridor", "Han dynasty tombs", "overseas Chinese remittances", "customs records",
			"lighthouses", "folk religion", "intangible cultural heritage", "the Pinglu Canal", "marine fisheries" };

	private static final String[] EN_ASPECTS = { "origins", "spatial distribution", "social role", "economic value",
			"conservation", "historical change", "cultural meaning" };

	private static final String[] EN_SOURCES = { "local gazetteers, customs archives and oral histories",
			"excavation reports", "field surveys", "Republican-era newspapers", "lineage books and stone inscriptions" };

	private static final String[] EN_SURNAMES = { "Smith", "Brown", "Chen", "Li", "Nguyen", "Tan", "Wong", "Miller", "Lim",
			"Davies", "Huang", "Tran", "Clarke", "Zhang", "Wilson" };

	private static final String[] EN_GIVEN = { "John", "Mary", "Wei", "Ming", "Anh", "Siew Lan", "David", "Hui", "Thomas",
			"Lan", "Peter", "Xiaoping", "Emma", "James" };

	private static final String[] TYPES = { "article", "article", "article", "article", "article", "article", "article",
			"book", "book", "book", "book", "news", "news", "news", "thesis", "thesis", "image", "image", "chronicle",
			"report", "map", "video" };

	private GeneratedRecords() {
	}

	/** The record with this number, before enrichment. */
	static PortalRecord record(long n) {
		// every 40th record is another library's copy of the work before it
		boolean copy = n % 40 == 1;
		Work work = work(copy ? n - 1 : n);
		SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 1);
		Source source = copy ? SOURCES[(int) ((n / 40) % SOURCES.length)]
				: work.script() == Script.TRADITIONAL ? TRADITIONAL_SOURCES[random.nextInt(TRADITIONAL_SOURCES.length)]
						: pick(random, SOURCES);
		String identifier = "oai:" + source.id() + ":" + n;
		PortalRecord.Builder record = PortalRecord.builder()
			.id(PortalRecord.idOf(source.id(), identifier))
			.sourceId(source.id())
			.sourceIdentifier(identifier)
			.library(source.library())
			.city(source.city())
			.modules(distinct(random, Vocabulary.MODULES, 1 + random.nextInt(2)))
			.themes(distinct(random, Vocabulary.THEMES, 1 + random.nextInt(3)))
			.provenance(new Provenance(HARVESTED.plusSeconds(n).toString(), "2026-10-" + (10 + n % 20), "oai_dc",
					"raw/" + source.id() + "/" + n + ".xml", List.of()))
			.hidden(false)
			.deleted(false);
		if (n % 1000 == 13) {
			// a record the source reports as deleted: a hidden tombstone, as the crosswalk keeps it
			return record.hidden(true).deleted(true).build();
		}
		record.type(work.type())
			.title(work.title())
			.creators(work.creators())
			.subjects(work.subjects())
			.description(work.description())
			.language(work.script() == Script.ENGLISH ? "en" : "zh")
			.issued(work.issued())
			.year(work.year())
			.url("https://opac.example.org/" + source.id() + "/record/" + n)
			.rights(random.nextInt(4) == 0 ? "CC BY-NC 4.0" : "版权所有");
		if (work.extraPlace() != null) {
			record.places(List.of(Place.named(work.extraPlace())));
		}
		if (work.fullText() != null) {
			record.fullText(work.fullText())
				.hasFullText(true)
				.files(List.of(new RecordFile("files/" + source.id() + "/" + n + ".pdf", "application/pdf",
						40_000L + work.fullText().length() * 3L, null, n + ".pdf")));
		}
		if (n % 500 == 7) {
			record.hidden(true);
		}
		if (n % 997 == 0) {
			record.featured(true);
		}
		return record.build();
	}

	private static Work work(long n) {
		SplittableRandom random = new SplittableRandom(n * 31 + 7);
		int script = random.nextInt(10);
		Script kind = script < 7 ? Script.SIMPLIFIED : script < 8 ? Script.TRADITIONAL : Script.ENGLISH;
		String type = TYPES[random.nextInt(TYPES.length)];
		double recent = random.nextDouble();
		int year = 2026 - (int) (76 * recent * recent);
		String issued = switch (random.nextInt(10)) {
			case 0, 1, 2, 3, 4 -> String.valueOf(year);
			case 5, 6, 7 -> "%d-%02d".formatted(year, 1 + random.nextInt(12));
			default -> "%d-%02d-%02d".formatted(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
		};
		boolean hasFullText = random.nextInt(100) < 8;
		if (kind == Script.ENGLISH) {
			String place = EN_PLACES[random.nextInt(EN_PLACES.length)];
			String topic = EN_TOPICS[random.nextInt(EN_TOPICS.length)];
			List<String> creators = new ArrayList<>();
			for (int c = 0; c < 1 + random.nextInt(3); c++) {
				creators.add(EN_SURNAMES[random.nextInt(EN_SURNAMES.length)] + ", "
						+ EN_GIVEN[random.nextInt(EN_GIVEN.length)]);
			}
			List<String> subjects = new ArrayList<>(distinct(random, List.of(EN_TOPICS), 1 + random.nextInt(3)));
			subjects.add(stripArticle(place));
			String description = englishText(random, place, topic, 40 + random.nextInt(110));
			String fullText = hasFullText ? englishText(random, place, topic, 300 + random.nextInt(900)) : null;
			return new Work(Script.ENGLISH, type, englishTitle(random, place, topic), creators, subjects, description,
					fullText, issued, year, null);
		}
		String place = ZH_PLACES[random.nextInt(ZH_PLACES.length)];
		String topic = ZH_TOPICS[random.nextInt(ZH_TOPICS.length)];
		List<String> creators = new ArrayList<>();
		if (random.nextInt(6) == 0) {
			creators.add(INSTITUTIONS[random.nextInt(INSTITUTIONS.length)]);
		}
		else {
			for (int c = 0; c < 1 + random.nextInt(3); c++) {
				creators.add(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]);
			}
		}
		Set<String> subjects = new LinkedHashSet<>();
		subjects.add(topic);
		subjects.addAll(distinct(random, List.of(ZH_TOPICS), 1 + random.nextInt(3)));
		if (random.nextBoolean()) {
			subjects.add(place);
		}
		String title = chineseTitle(random, place, topic, type);
		String description = chineseText(random, place, topic, 80 + random.nextInt(320));
		String fullText = hasFullText ? chineseText(random, place, topic, 1500 + random.nextInt(4500)) : null;
		String extraPlace = random.nextInt(5) == 0 ? place : null;
		UnaryOperator<String> script2 = kind == Script.TRADITIONAL ? ZhConverterUtil::toTraditional : s -> s;
		return new Work(kind, type, script2.apply(title), creators.stream().map(script2).toList(),
				subjects.stream().map(script2).toList(), script2.apply(description),
				fullText == null ? null : script2.apply(fullText), issued, year,
				extraPlace == null ? null : script2.apply(extraPlace));
	}

	private static String chineseTitle(SplittableRandom random, String place, String topic, String type) {
		String other = ZH_PLACES[random.nextInt(ZH_PLACES.length)];
		String title = switch (random.nextInt(6)) {
			case 0 -> place + topic + ZH_SUFFIXES[random.nextInt(ZH_SUFFIXES.length)];
			case 1 -> ZH_ERAS[random.nextInt(ZH_ERAS.length)] + place + topic + ZH_SUFFIXES[random.nextInt(ZH_SUFFIXES.length)];
			case 2 -> topic + "与" + ZH_TOPICS[random.nextInt(ZH_TOPICS.length)] + "：以" + place + "为例";
			case 3 -> "news".equals(type) ? place + "日报：" + other + ZH_EVENTS[random.nextInt(ZH_EVENTS.length)]
					: "《" + place + topic + "》" + ZH_SUFFIXES[random.nextInt(ZH_SUFFIXES.length)];
			case 4 -> place + "与" + other + "的" + topic + ZH_SUFFIXES[random.nextInt(ZH_SUFFIXES.length)];
			default -> "北部湾" + topic + ZH_SUFFIXES[random.nextInt(ZH_SUFFIXES.length)] + "（" + (1990 + random.nextInt(36))
					+ "）";
		};
		return title;
	}

	private static String chineseText(SplittableRandom random, String place, String topic, int length) {
		StringBuilder text = new StringBuilder(length + 60);
		while (text.length() < length) {
			String other = ZH_TOPICS[random.nextInt(ZH_TOPICS.length)];
			switch (random.nextInt(6)) {
				case 0 -> text.append("本文以").append(place).append("为中心，考察")
					.append(ZH_ERAS[random.nextInt(ZH_ERAS.length)]).append(topic).append("的")
					.append(ZH_ASPECTS[random.nextInt(ZH_ASPECTS.length)]).append("。");
				case 1 -> text.append(place).append("是").append(ZH_ROLES[random.nextInt(ZH_ROLES.length)])
					.append("，").append(topic).append("与").append(other).append("在当地源远流长。");
				case 2 -> text.append("作者利用").append(ZH_MATERIALS[random.nextInt(ZH_MATERIALS.length)]).append("，梳理了")
					.append(topic).append("的").append(ZH_ASPECTS[random.nextInt(ZH_ASPECTS.length)]).append("，并提出")
					.append(ZH_PROPOSALS[random.nextInt(ZH_PROPOSALS.length)]).append("。");
				case 3 -> text.append("研究表明，").append(other).append("对")
					.append(ZH_PLACES[random.nextInt(ZH_PLACES.length)]).append("的")
					.append(ZH_DOMAINS[random.nextInt(ZH_DOMAINS.length)]).append("产生了深远影响。");
				case 4 -> text.append("书中收录").append(20 + random.nextInt(300)).append("幅照片和")
					.append(5 + random.nextInt(80)).append("份档案，记录了").append(place).append(topic).append("的变迁。");
				default -> text.append(1950 + random.nextInt(76)).append("年，")
					.append(ZH_PLACES[random.nextInt(ZH_PLACES.length)])
					.append(ZH_EVENTS[random.nextInt(ZH_EVENTS.length)]).append("。");
			}
		}
		return text.toString();
	}

	private static String englishTitle(SplittableRandom random, String place, String topic) {
		String capitalised = Character.toUpperCase(topic.charAt(0)) + topic.substring(1);
		return switch (random.nextInt(4)) {
			case 0 -> capitalised + " in " + place + ": " + EN_ASPECTS[random.nextInt(EN_ASPECTS.length)] + " and change";
			case 1 -> "A study of " + topic + " in " + place;
			case 2 -> Character.toUpperCase(place.charAt(0)) + place.substring(1) + " and " + topic + ", "
					+ (1850 + random.nextInt(170)) + "–" + (1990 + random.nextInt(36));
			default -> capitalised + " of " + place;
		};
	}

	private static String englishText(SplittableRandom random, String place, String topic, int words) {
		StringBuilder text = new StringBuilder(words * 7);
		int count = 0;
		while (count < words) {
			String sentence = switch (random.nextInt(5)) {
				case 0 -> "This study examines the " + EN_ASPECTS[random.nextInt(EN_ASPECTS.length)] + " of " + topic
						+ " in " + place + ".";
				case 1 -> "Drawing on " + EN_SOURCES[random.nextInt(EN_SOURCES.length)] + ", the author traces how "
						+ EN_TOPICS[random.nextInt(EN_TOPICS.length)] + " shaped the coast of "
						+ EN_PLACES[random.nextInt(EN_PLACES.length)] + ".";
				case 2 -> "The findings show that " + topic + " remained central to the local economy after "
						+ (1870 + random.nextInt(150)) + ".";
				case 3 -> "Photographs, maps and interviews document the changing " + EN_ASPECTS[random.nextInt(EN_ASPECTS.length)]
						+ " of " + EN_TOPICS[random.nextInt(EN_TOPICS.length)] + ".";
				default -> "Recommendations for regional cooperation and heritage protection conclude the work.";
			};
			text.append(text.isEmpty() ? "" : " ").append(sentence);
			count += sentence.split(" ").length;
		}
		return text.toString();
	}

	private static String stripArticle(String place) {
		return place.startsWith("the ") ? place.substring(4) : place;
	}

	private static List<String> distinct(SplittableRandom random, List<String> values, int count) {
		Set<String> chosen = new LinkedHashSet<>();
		while (chosen.size() < Math.min(count, values.size())) {
			chosen.add(values.get(random.nextInt(values.size())));
		}
		return List.copyOf(chosen);
	}

	private static Source pick(SplittableRandom random, Source[] sources) {
		int total = 0;
		for (Source source : sources) {
			total += source.weight();
		}
		int r = random.nextInt(total);
		for (Source source : sources) {
			r -= source.weight();
			if (r < 0) {
				return source;
			}
		}
		return sources[sources.length - 1];
	}

	private enum Script {

		SIMPLIFIED, TRADITIONAL, ENGLISH

	}

	private record Source(String id, String library, String city, int weight) {
	}

	private record Work(Script script, String type, String title, List<String> creators, List<String> subjects,
			String description, String fullText, String issued, int year, String extraPlace) {
	}

}
