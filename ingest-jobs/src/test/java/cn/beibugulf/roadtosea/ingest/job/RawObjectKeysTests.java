package cn.beibugulf.roadtosea.ingest.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RawObjectKeysTests {

	@Test
	void encodesTheIdentifierUnderTheSourcesPrefix() {
		assertThat(RawObjectKeys.of("diygod", "https://diygod.me/no-gray/", "json"))
			.isEqualTo("raw/diygod/https%3A%2F%2Fdiygod.me%2Fno-gray%2F.json");
		assertThat(RawObjectKeys.of("proquest", "EBC332079", "mrc")).isEqualTo("raw/proquest/EBC332079.mrc");
	}

	@Test
	void cutsALongIdentifierWithoutSplittingAnEscapeAndKeepsItUniqueWithItsHash() {
		String link = "https://www.beihai.gov.cn/新闻/" + "北海老街焕发新活力".repeat(8);
		String other = link + "2";

		String key = RawObjectKeys.of("beihai", link, "json");

		String name = key.substring("raw/beihai/".length());
		assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(255);
		assertThat(name).matches("[A-Za-z0-9%._*+-]+~[0-9a-f]{40}\\.json");
		assertThat(name.substring(0, name.indexOf('~'))).doesNotMatch(".*%[0-9A-F]?$");
		assertThat(key).isNotEqualTo(RawObjectKeys.of("beihai", other, "json"));
		assertThat(RawObjectKeys.of("beihai", link, "json")).isEqualTo(key);
	}

}
