package cn.beibugulf.roadtosea.portal.seo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record as a schema.org description: the type by record type, name, authors, date, language,
 * keywords, publisher (the library), places and the record's page.
 */
final class JsonLd {

	static final int MAX_DESCRIPTION = 5_000;

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("article", "Article"),
			Map.entry("book", "Book"), Map.entry("thesis", "Thesis"), Map.entry("report", "Report"),
			Map.entry("news", "NewsArticle"), Map.entry("image", "ImageObject"), Map.entry("photo", "Photograph"),
			Map.entry("video", "VideoObject"), Map.entry("audio", "AudioObject"), Map.entry("map", "Map"),
			Map.entry("dataset", "Dataset"), Map.entry("periodical", "Periodical"));

	private JsonLd() {
	}

	static String schemaType(String recordType) {
		return recordType == null ? "CreativeWork" : TYPES.getOrDefault(recordType, "CreativeWork");
	}

	static Map<String, Object> describe(String id, Map<?, ?> source, String pageUrl) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", "https://schema.org");
		doc.put("@type", schemaType(text(source.get("type"))));
		doc.put("@id", pageUrl);
		doc.put("url", pageUrl);
		doc.put("identifier", id);
		put(doc, "name", text(source.get("title")));
		List<String> altTitles = strings(source.get("altTitles"));
		if (!altTitles.isEmpty()) {
			doc.put("alternateName", altTitles);
		}
		List<Map<String, String>> authors = new ArrayList<>();
		for (String creator : strings(source.get("creators"))) {
			authors.add(Map.of("@type", "Person", "name", creator));
		}
		if (!authors.isEmpty()) {
			doc.put("author", authors);
		}
		String issued = text(source.get("issued"));
		put(doc, "datePublished", issued != null ? issued : text(source.get("year")));
		put(doc, "inLanguage", text(source.get("language")));
		List<String> subjects = strings(source.get("subjects"));
		if (!subjects.isEmpty()) {
			doc.put("keywords", subjects);
		}
		String description = text(source.get("description"));
		if (description != null) {
			doc.put("description", description.length() > MAX_DESCRIPTION
					? description.substring(0, MAX_DESCRIPTION) + "…" : description);
		}
		String library = text(source.get("library"));
		if (library != null) {
			doc.put("publisher", Map.of("@type", "Organization", "name", library));
		}
		List<Map<String, String>> places = new ArrayList<>();
		if (source.get("places") instanceof List<?> list) {
			for (Object place : list) {
				if (place instanceof Map<?, ?> map && text(map.get("name")) != null) {
					places.add(Map.of("@type", "Place", "name", text(map.get("name"))));
				}
			}
		}
		if (!places.isEmpty()) {
			doc.put("contentLocation", places);
		}
		put(doc, "sameAs", text(source.get("url")));
		String rights = text(source.get("rights"));
		if (rights != null) {
			doc.put(rights.startsWith("http://") || rights.startsWith("https://") ? "license" : "copyrightNotice", rights);
		}
		return doc;
	}

	/**
	 * JSON that can sit inside an HTML {@code <script>} element: {@code <}, {@code >} and
	 * {@code &} occur only inside strings, where their {@code \\u} escapes mean the same.
	 */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static void put(Map<String, Object> doc, String key, String value) {
		if (value != null) {
			doc.put(key, value);
		}
	}

	private static String text(Object value) {
		if (value instanceof List<?> list) {
			value = list.isEmpty() ? null : list.getFirst();
		}
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
	}

	private static List<String> strings(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().filter(v -> v != null).map(String::valueOf).toList();
		}
		return value == null ? List.of() : List.of(String.valueOf(value));
	}

}
