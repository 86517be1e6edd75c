package cn.beibugulf.roadtosea.portal.oai;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.services.api.ResumptionTokenFormat;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;

/**
 * xoai's resumption tokens (offset, set, from, until, metadataPrefix, written by its
 * {@link SimpleResumptionTokenFormat}) with the list's {@link ListCursor} appended after a
 * {@code .}: {@code <xoai token>.<cursor>}. xoai keeps counting the offset (the {@code cursor}
 * attribute of {@code <resumptionToken>}); the search continues from the cursor, so no page is
 * found by skipping records.
 *
 * <p>
 * One instance serves one request: the token the client sent is parsed into {@link #received()},
 * and the item repository sets {@link #continueAfter(ListCursor)} before xoai writes the next
 * token.
 */
final class CursorTokenFormat implements ResumptionTokenFormat {

	private static final char SEPARATOR = '.';

	private final SimpleResumptionTokenFormat values = new SimpleResumptionTokenFormat();

	private ListCursor received;

	private ListCursor next;

	CursorTokenFormat() {
		this.values.withGranularity(Granularity.Second);
	}

	@Override
	public ResumptionTokenFormat withGranularity(Granularity granularity) {
		this.values.withGranularity(granularity);
		return this;
	}

	@Override
	public String format(ResumptionToken.Value value) {
		String token = this.values.format(value);
		return (this.next != null && value.hasMetadataPrefix()) ? token + SEPARATOR + this.next.encode() : token;
	}

	@Override
	public ResumptionToken.Value parse(String token) throws BadResumptionTokenException {
		if (token == null || token.isBlank()) {
			throw new BadResumptionTokenException("The resumption token is empty");
		}
		int separator = token.indexOf(SEPARATOR);
		ResumptionToken.Value value;
		try {
			value = this.values.parse((separator < 0) ? token : token.substring(0, separator));
		}
		catch (RuntimeException ex) {
			// xoai lets a non-numeric offset through as a NumberFormatException
			throw new BadResumptionTokenException("The resumption token is malformed", ex);
		}
		if (value == null || value.isEmpty() || !value.hasOffset() || value.getOffset() < 0) {
			throw new BadResumptionTokenException("The resumption token is malformed");
		}
		if (value.hasMetadataPrefix() && value.getOffset() > 0) {
			if (separator < 0) {
				throw new BadResumptionTokenException("The resumption token does not say where the list stopped");
			}
			this.received = ListCursor.decode(token.substring(separator + 1));
		}
		return value;
	}

	/** Where the client's token says the list stopped; null for a list's first page. */
	ListCursor received() {
		return this.received;
	}

	/** Where the page being answered ends. */
	void continueAfter(ListCursor cursor) {
		this.next = cursor;
	}

}
