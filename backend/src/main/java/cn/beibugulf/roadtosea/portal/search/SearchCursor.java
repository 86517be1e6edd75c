package cn.beibugulf.roadtosea.portal.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * An opaque, URL-safe cursor holding the sort values of a page's last hit, for
 * {@code search_after} paging. A cursor that does not decode is a 400, never a 500.
 */
final class SearchCursor {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SearchCursor() {
	}

	static String encode(List<FieldValue> sortValues) {
		ArrayNode array = JSON.createArrayNode();
		for (FieldValue value : sortValues) {
			switch (value._kind()) {
				case Long -> array.add(value.longValue());
				case Double -> array.add(value.doubleValue());
				case Boolean -> array.add(value.booleanValue());
				case String -> array.add(value.stringValue());
				case Null -> array.addNull();
				default -> array.add(String.valueOf(value.anyValue()));
			}
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(array));
	}

	static List<FieldValue> decode(String cursor) {
		try {
			JsonNode array = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
			if (!array.isArray() || array.isEmpty() || array.size() > 4) {
				throw invalid();
			}
			List<FieldValue> values = new ArrayList<>();
			for (JsonNode node : array) {
				if (node.isIntegralNumber()) {
					values.add(FieldValue.of(node.asLong()));
				}
				else if (node.isNumber()) {
					values.add(FieldValue.of(node.asDouble()));
				}
				else if (node.isBoolean()) {
					values.add(FieldValue.of(node.asBoolean()));
				}
				else if (node.isNull()) {
					values.add(FieldValue.NULL);
				}
				else if (node.isString()) {
					values.add(FieldValue.of(node.asString()));
				}
				else {
					throw invalid();
				}
			}
			return values;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw invalid();
		}
	}

	private static InvalidSearchException invalid() {
		return new InvalidSearchException("cursor.invalid", "The paging cursor is not valid; start the search again.");
	}

}
