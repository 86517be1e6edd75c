package cn.beibugulf.roadtosea.ingest.oai;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises {@code dc:type} and {@code dc:language} values to the codes the portal facets on. The
 * tables are data: add a label, not an {@code if}.
 */
final class DcVocabulary {

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("text", "text"),
			Map.entry("文本", "text"), Map.entry("article", "article"), Map.entry("journal article", "article"),
			Map.entry("文章", "article"), Map.entry("期刊文章", "article"), Map.entry("论文", "article"),
			Map.entry("book", "book"), Map.entry("图书", "book"), Map.entry("书籍", "book"), Map.entry("专著", "book"),
			Map.entry("book chapter", "chapter"), Map.entry("章节", "chapter"), Map.entry("thesis", "thesis"),
			Map.entry("dissertation", "thesis"), Map.entry("学位论文", "thesis"),
			Map.entry("working paper", "working-paper"), Map.entry("report", "report"), Map.entry("报告", "report"),
			Map.entry("研究报告", "report"), Map.entry("image", "image"), Map.entry("still image", "image"),
			Map.entry("stillimage", "image"), Map.entry("图片", "image"), Map.entry("图像", "image"),
			Map.entry("照片", "image"), Map.entry("moving image", "video"), Map.entry("movingimage", "video"),
			Map.entry("video", "video"), Map.entry("视频", "video"), Map.entry("影像", "video"),
			Map.entry("sound", "audio"), Map.entry("audio", "audio"), Map.entry("音频", "audio"),
			Map.entry("dataset", "dataset"), Map.entry("数据集", "dataset"), Map.entry("map", "map"),
			Map.entry("地图", "map"), Map.entry("cartographic material", "map"), Map.entry("event", "event"),
			Map.entry("活动", "event"), Map.entry("news", "news"), Map.entry("新闻", "news"),
			Map.entry("manuscript", "manuscript"), Map.entry("手稿", "manuscript"), Map.entry("古籍", "rare-book"),
			Map.entry("physical object", "object"), Map.entry("physicalobject", "object"), Map.entry("实物", "object"));

	private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("chi", "zh"), Map.entry("zho", "zh"),
			Map.entry("chinese", "zh"), Map.entry("中文", "zh"), Map.entry("汉语", "zh"), Map.entry("汉文", "zh"),
			Map.entry("eng", "en"), Map.entry("english", "en"), Map.entry("英文", "en"), Map.entry("英语", "en"),
			Map.entry("jpn", "ja"), Map.entry("日文", "ja"), Map.entry("vie", "vi"), Map.entry("越南文", "vi"),
			Map.entry("fre", "fr"), Map.entry("fra", "fr"), Map.entry("ger", "de"), Map.entry("deu", "de"),
			Map.entry("dut", "nl"), Map.entry("nld", "nl"), Map.entry("tha", "th"), Map.entry("may", "ms"),
			Map.entry("msa", "ms"), Map.entry("ind", "id"), Map.entry("kor", "ko"), Map.entry("rus", "ru"));

	private static final Pattern LANGUAGE_TAG = Pattern.compile("([a-z]{2,3})(?:[-_][a-z0-9]+)*");

	private static final int MAX_CODE = 50;

	private DcVocabulary() {
	}

	/** The portal type code for a {@code dc:type} label; unknown labels are kept, lower-cased. */
	static String type(String label) {
		if (label == null || label.isBlank()) {
			return null;
		}
		String key = label.strip().toLowerCase(Locale.ROOT);
		String code = TYPES.get(key);
		if (code != null) {
			return code;
		}
		return (key.length() > MAX_CODE) ? key.substring(0, MAX_CODE) : key;
	}

	/** An ISO 639-1 code where one is known ({@code chi}, {@code zh-CN}, {@code 中文} give {@code zh}). */
	static String language(String label) {
		if (label == null || label.isBlank()) {
			return null;
		}
		String key = label.strip().toLowerCase(Locale.ROOT);
		String code = LANGUAGES.get(key);
		if (code != null) {
			return code;
		}
		var tag = LANGUAGE_TAG.matcher(key);
		if (tag.matches()) {
			String primary = tag.group(1);
			return LANGUAGES.getOrDefault(primary, primary);
		}
		return (key.length() > MAX_CODE) ? key.substring(0, MAX_CODE) : key;
	}

}
