package cn.beibugulf.roadtosea.portal.oai;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.gdcc.xoai.exceptions.BadResumptionTokenException;

/**
 * Where a list stopped: the sort values ({@code provenance.harvestedAt} in epoch milliseconds,
 * then {@code id}) of the last record sent, which the next page continues after with
 * {@code search_after}. Travels in the resumption token, so tokens never expire and the server
 * keeps no state.
 */
record ListCursor(long harvestedAt, String id) {

	static ListCursor of(List<FieldValue> sortValues) {
		if (sortValues == null || sortValues.size() != 2 || !sortValues.get(0).isLong()
				|| !sortValues.get(1).isString()) {
			throw new IllegalArgumentException("unexpected sort values " + sortValues);
		}
		return new ListCursor(sortValues.get(0).longValue(), sortValues.get(1).stringValue());
	}

	List<FieldValue> sortValues() {
		return List.of(FieldValue.of(this.harvestedAt), FieldValue.of(this.id));
	}

	String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.harvestedAt + ":" + this.id).getBytes(StandardCharsets.UTF_8));
	}

	static ListCursor decode(String text) throws BadResumptionTokenException {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon <= 0 || colon == decoded.length() - 1) {
				throw new BadResumptionTokenException("The resumption token's position is malformed");
			}
			return new ListCursor(Long.parseLong(decoded.substring(0, colon)), decoded.substring(colon + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new BadResumptionTokenException("The resumption token's position is malformed", ex);
		}
	}

}
