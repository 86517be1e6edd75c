package cn.beibugulf.roadtosea.enrich;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkKeyTests {

	@Test
	void doiWinsAndIsNormalised() {
		Optional<WorkKey> bare = WorkKey.of(List.of("10.1000/ABC.123"), "Title", "2020", "Li");
		Optional<WorkKey> url = WorkKey.of(List.of("ISBN 978-7-5633-1234-6", "https://doi.org/10.1000/abc.123"), "Other",
				null, null);
		Optional<WorkKey> prefixed = WorkKey.of(List.of("doi: 10.1000/Abc.123."), null, null, null);
		Optional<WorkKey> encoded = WorkKey.of(List.of("https://dx.doi.org/10.1000%2Fabc.123"), null, null, null);
		assertThat(bare).map(WorkKey::value).contains("doi:10.1000/abc.123");
		assertThat(url).isEqualTo(bare);
		assertThat(prefixed).isEqualTo(bare);
		assertThat(encoded).isEqualTo(bare);
	}

	@Test
	void isbnTenAndThirteenMeet() {
		// the same book: the ISBN-13 gets its own check digit (3), not the ISBN-10's (7)
		Optional<WorkKey> thirteen = WorkKey.of(List.of("ISBN 978-7-301-04815-3"), "标题", null, null);
		Optional<WorkKey> ten = WorkKey.of(List.of("7-301-04815-7"), "另一个标题", null, null);
		Optional<WorkKey> urn = WorkKey.of(List.of("urn:isbn:7301048157"), null, null, null);
		assertThat(thirteen).map(WorkKey::value).contains("isbn:9787301048153");
		assertThat(ten).isEqualTo(thirteen);
		assertThat(urn).isEqualTo(thirteen);
	}

	@Test
	void invalidIsbnsAndUnlabelledNumbersAreNotIsbns() {
		assertThat(Identifiers.isbn13("978-7-301-04815-4")).as("wrong check digit").isEmpty();
		assertThat(Identifiers.isbn13("7-301-04815-8")).as("wrong check digit").isEmpty();
		assertThat(Identifiers.isbn13("oai:library:7301048157")).as("a number inside another identifier").isEmpty();
		assertThat(Identifiers.isbn13("0-306-40615-2")).contains("9780306406157");
		assertThat(Identifiers.isbn13("ISBN 0-8044-2957-X")).contains("9780804429573");
	}

	@Test
	void withoutIdentifiersTheTitleYearAndCreatorMakeTheKey() {
		Optional<WorkKey> simplified = WorkKey.of(List.of("oai:beihai:1"), "北海史话：海上丝绸之路始发港", "2020-03-24", "李道海");
		Optional<WorkKey> traditional = WorkKey.of(List.of(), "《北海史話》 海上絲綢之路始發港", "2020年", "李道海");
		Optional<WorkKey> fullWidth = WorkKey.of(List.of(), "北海史话　海上丝绸之路始发港！", "２０２０", " 李道海 ");
		assertThat(simplified).map(WorkKey::value).hasValueSatisfying(value -> assertThat(value).matches("t:[0-9a-f]{20}"));
		assertThat(traditional).isEqualTo(simplified);
		assertThat(fullWidth).isEqualTo(simplified);
	}

	@Test
	void yearAndCreatorTellWorksWithTheSameTitleApart() {
		Optional<WorkKey> key = WorkKey.of(List.of(), "北海年鉴", "2020", "北海市地方志办公室");
		assertThat(WorkKey.of(List.of(), "北海年鉴", "2021", "北海市地方志办公室")).isNotEqualTo(key);
		assertThat(WorkKey.of(List.of(), "北海年鉴", "2020", "合浦县地方志办公室")).isNotEqualTo(key);
	}

	@Test
	void latinTitlesAndNamesFoldCaseSpacesAndNameOrder() {
		Optional<WorkKey> a = WorkKey.of(List.of(), "The Maritime Silk Road: Beihai", "2019", "Li, Daohai");
		Optional<WorkKey> b = WorkKey.of(List.of(), "the maritime silk road — BEIHAI", "c2019", "Daohai Li");
		assertThat(a).isEqualTo(b);
		assertThat(WorkKey.normalizeTitle("The Maritime Silk Road: Beihai")).isEqualTo("themaritimesilkroadbeihai");
		assertThat(WorkKey.normalizeName("Li, Daohai")).isEqualTo("daohaili");
	}

	@Test
	void noKeyWithoutIdentifierOrTitle() {
		assertThat(WorkKey.of(List.of("oai:x:1"), "  ——  ", "2020", "李")).isEmpty();
		assertThat(WorkKey.of(List.of(), null, null, null)).isEmpty();
	}

}
