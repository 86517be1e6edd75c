package cn.beibugulf.roadtosea.portal.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * CSL-JSON (the input format of citeproc processors and Zotero): an array of items written by
 * Jackson.
 */
final class CslJsonWriter {

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("article", "article-journal"),
			Map.entry("book", "book"), Map.entry("thesis", "thesis"), Map.entry("report", "report"),
			Map.entry("news", "article-newspaper"), Map.entry("image", "graphic"), Map.entry("photo", "graphic"),
			Map.entry("map", "map"), Map.entry("video", "motion_picture"), Map.entry("audio", "song"),
			Map.entry("dataset", "dataset"));

	private CslJsonWriter() {
	}

	static String type(String recordType) {
		return recordType == null ? "document" : TYPES.getOrDefault(recordType, "document");
	}

	static String write(List<CitableRecord> records, JsonMapper json) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (CitableRecord record : records) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", record.id());
			item.put("type", type(record.type()));
			put(item, "title", record.title());
			if (!record.creators().isEmpty()) {
				item.put("author", record.creators().stream().map(CslJsonWriter::name).toList());
			}
			if (record.year() != null) {
				List<Integer> parts = new ArrayList<>(List.of(record.year()));
				if (record.month() != null) {
					parts.add(record.month());
					if (record.day() != null) {
						parts.add(record.day());
					}
				}
				item.put("issued", Map.of("date-parts", List.of(parts)));
			}
			put(item, "publisher", record.publisher());
			put(item, "publisher-place", record.place());
			put(item, "URL", record.url());
			if (!record.keywords().isEmpty()) {
				item.put("keyword", String.join(", ", record.keywords()));
			}
			put(item, "abstract", record.abstractText());
			put(item, "language", record.language());
			items.add(item);
		}
		return json.writeValueAsString(items);
	}

	/** "Family, Given" is split; any other name (Chinese, corporate, one word) is a literal. */
	static Map<String, String> name(String creator) {
		int comma = creator.indexOf(',');
		if (comma > 0 && comma < creator.length() - 1 && !CitableRecord.isHanName(creator)) {
			Map<String, String> name = new LinkedHashMap<>();
			name.put("family", creator.substring(0, comma).strip());
			name.put("given", creator.substring(comma + 1).strip());
			return name;
		}
		return Map.of("literal", creator);
	}

	private static void put(Map<String, Object> item, String key, String value) {
		if (value != null) {
			item.put(key, value);
		}
	}

}
