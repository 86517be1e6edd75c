package cn.beibugulf.roadtosea.ingest.job;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RawJsonBundleTests {

	private static RawJsonBundle.Item item(String identifier, String json) {
		return new RawJsonBundle.Item(identifier, json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void eachItemReadsBackAsStoredFromItsRawKey() {
		String laojie = "{\"canonicalUrl\":\"https://example.org/guide/laojie.html?a=1&b=2#top\",\"text\":\"百年骑楼老街，\\\"中西合璧\\\"\"}";
		String tombstone = "{\"deleted\":true}";
		RawJsonBundle bundle = RawJsonBundle.of("beihai-site",
				List.of(item("https://example.org/guide/laojie.html?a=1&b=2#top", laojie),
						item("https://example.org/gone.html", tombstone)));

		assertThat(bundle.key()).startsWith("raw/beihai-site/bundles/").endsWith(".json");
		String rawKey = bundle.rawKeyOf("https://example.org/guide/laojie.html?a=1&b=2#top");
		assertThat(rawKey).startsWith(bundle.key() + "#");
		assertThat(RawJsonBundle.record(bundle.bytes(), "https://example.org/guide/laojie.html?a=1&b=2#top"))
			.hasValueSatisfying((raw) -> assertThat(new String(raw, StandardCharsets.UTF_8)).isEqualTo(laojie));
		assertThat(RawJsonBundle.record(bundle.bytes(), "https://example.org/gone.html"))
			.hasValueSatisfying((raw) -> assertThat(new String(raw, StandardCharsets.UTF_8)).isEqualTo(tombstone));
		assertThat(RawJsonBundle.record(bundle.bytes(), "https://example.org/other.html")).isEmpty();
	}

	@Test
	void theSameItemsInTheSameOrderMakeTheSameObject() {
		List<RawJsonBundle.Item> items = List.of(item("a", "{\"n\":1}"), item("b", "{\"n\":2}"));
		assertThat(RawJsonBundle.of("s", items).key()).isEqualTo(RawJsonBundle.of("s", items).key());
		assertThat(RawJsonBundle.of("s", items.reversed()).key()).isNotEqualTo(RawJsonBundle.of("s", items).key());
	}

	@Test
	void anIdentifierTwiceReadsAsTheLastOne() {
		RawJsonBundle bundle = RawJsonBundle.of("s", List.of(item("a", "{\"v\":1}"), item("a", "{\"v\":2}")));
		assertThat(RawJsonBundle.record(bundle.bytes(), "a")).hasValueSatisfying(
				(raw) -> assertThat(new String(raw, StandardCharsets.UTF_8)).isEqualTo("{\"v\":2}"));
	}

	@Test
	void somethingElseIsAClearError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RawJsonBundle.record("<records/>".getBytes(StandardCharsets.UTF_8), "a"))
			.withMessageStartingWith("Unreadable raw JSON bundle");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RawJsonBundle.record("{\"pages\":[]}".getBytes(StandardCharsets.UTF_8), "a"))
			.withMessage("Not a raw JSON bundle: no \"records\" array");
	}

}
