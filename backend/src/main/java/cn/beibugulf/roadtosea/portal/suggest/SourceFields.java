package cn.beibugulf.roadtosea.portal.suggest;

import java.util.List;
import java.util.Map;

/**
 * Reads values from a record's {@code _source} as the index holds it (a field may be one value or
 * a list).
 */
final class SourceFields {

	private SourceFields() {
	}

	static String text(Map<?, ?> source, String field) {
		if (source == null) {
			return null;
		}
		Object value = source.get(field);
		if (value instanceof List<?> list) {
			value = list.isEmpty() ? null : list.getFirst();
		}
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
	}

	static List<String> strings(Map<?, ?> source, String object, String field) {
		if (source == null || !(source.get(object) instanceof Map<?, ?> inner)) {
			return List.of();
		}
		Object value = inner.get(field);
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return value == null ? List.of() : List.of(String.valueOf(value));
	}

	static boolean isTrue(Map<?, ?> source, String field) {
		return Boolean.TRUE.equals(source.get(field));
	}

}
