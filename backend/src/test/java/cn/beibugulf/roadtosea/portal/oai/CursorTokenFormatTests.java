package cn.beibugulf.roadtosea.portal.oai;

import java.time.Instant;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorTokenFormatTests {

	private final ResumptionToken.Value value = new ResumptionToken.ValueBuilder().withOffset(20)
		.withMetadataPrefix("oai_dc")
		.withSetSpec("module:origins")
		.withFrom(Instant.parse("2024-03-01T08:00:00Z"))
		.withUntil(Instant.parse("2024-03-02T00:00:01Z"))
		.build();

	@Test
	void aTokenCarriesTheValueAndWhereTheListStopped() throws Exception {
		CursorTokenFormat out = new CursorTokenFormat();
		out.continueAfter(new ListCursor(1_709_280_000_123L, "beihai:oai:bh:北海/12"));
		String token = out.format(this.value);

		CursorTokenFormat in = new CursorTokenFormat();
		assertThat(in.parse(token)).isEqualTo(this.value);
		assertThat(in.received()).isEqualTo(new ListCursor(1_709_280_000_123L, "beihai:oai:bh:北海/12"));
	}

	@Test
	void brokenTokensAreBadResumptionTokens() {
		CursorTokenFormat format = new CursorTokenFormat();
		String withoutCursor = format.format(this.value);
		for (String token : new String[] { "", "not base64!", withoutCursor, withoutCursor + ".%%%",
				withoutCursor + ".bm9jb2xvbg", java.util.Base64.getEncoder()
					.encodeToString("offset::many|prefix::oai_dc".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				java.util.Base64.getEncoder()
					.encodeToString("offset::-3|prefix::oai_dc".getBytes(java.nio.charset.StandardCharsets.UTF_8)) }) {
			assertThatExceptionOfType(BadResumptionTokenException.class).as(token)
				.isThrownBy(() -> new CursorTokenFormat().parse(token));
		}
	}

}
