package cn.beibugulf.roadtosea.portal.related;

import java.util.List;
import java.util.Map;

/**
 * A related record, as much as a link needs.
 */
record RelatedRecord(String id, String title, String type, String date, String library) {

	static RelatedRecord of(String id, Map<?, ?> source) {
		Map<?, ?> fields = source == null ? Map.of() : source;
		return new RelatedRecord(id, text(fields.get("title")), text(fields.get("type")), text(fields.get("issued")),
				text(fields.get("library")));
	}

	private static String text(Object value) {
		if (value instanceof List<?> list) {
			return list.isEmpty() ? null : String.valueOf(list.getFirst());
		}
		return value == null ? null : String.valueOf(value);
	}

}
