package cn.beibugulf.roadtosea.portal.export;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a citation needs from an indexed record.
 *
 * @param id record id
 * @param type record type ({@code article}, {@code book}, …) or {@code null}
 * @param title the title
 * @param creators authors in order, as harvested ("Family, Given" or a whole name)
 * @param year year of publication or {@code null}
 * @param month month or {@code null}
 * @param day day or {@code null}
 * @param publisher the holding library
 * @param place the library's city
 * @param url the record at its source, else its page on the portal
 * @param keywords the subjects
 * @param abstractText the description
 * @param language language code
 */
record CitableRecord(String id, String type, String title, List<String> creators, Integer year, Integer month,
		Integer day, String publisher, String place, String url, List<String> keywords, String abstractText,
		String language) {

	private static final Pattern DATE = Pattern.compile("^(-?\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

	static CitableRecord from(String id, Map<?, ?> source, String pageUrl) {
		Integer year = null;
		Integer month = null;
		Integer day = null;
		String issued = text(source.get("issued"));
		Matcher date = issued == null ? null : DATE.matcher(issued);
		if (date != null && date.find()) {
			year = Integer.valueOf(date.group(1));
			month = date.group(2) == null ? null : Integer.valueOf(date.group(2));
			day = date.group(3) == null ? null : Integer.valueOf(date.group(3));
		}
		else if (source.get("year") instanceof Number number) {
			year = number.intValue();
		}
		String url = text(source.get("url"));
		return new CitableRecord(id, text(source.get("type")), text(source.get("title")),
				strings(source.get("creators")), year, month, day, text(source.get("library")),
				text(source.get("city")), url != null ? url : pageUrl, strings(source.get("subjects")),
				text(source.get("description")), text(source.get("language")));
	}

	static String text(Object value) {
		if (value instanceof List<?> list) {
			value = list.isEmpty() ? null : list.getFirst();
		}
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
	}

	static List<String> strings(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(CitableRecord::text).filter(v -> v != null).toList();
		}
		String text = text(value);
		return text == null ? List.of() : List.of(text);
	}

	/** Whether a name is written in Han characters (cited whole, never split into given and family). */
	static boolean isHanName(String name) {
		return name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}

}
