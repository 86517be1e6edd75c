package cn.beibugulf.roadtosea.ingest.source;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HarvestSourceLocalTypesTests {

	@Test
	void localSourcesTakeFileUrlsAndNoDefaultFormat() {
		HarvestSource files = HarvestSource.files("bh-files", "北海", "file:beihai", "北海市图书馆", "北海", List.of(), List.of());
		HarvestSource sheet = HarvestSource.spreadsheet("bh-sheet", "北海", "file:a.csv", "experts", "北海市图书馆", "北海",
				List.of(), List.of());
		HarvestSource chronicle = HarvestSource.chronicle("bh-2020", "北海", "file:///srv/import/r.txt", 2020, "北海市图书馆",
				"北海", List.of(), List.of());

		assertThat(files.type()).isEqualTo(SourceType.FILES);
		assertThat(files.metadataPrefix()).isNull();
		assertThat(files.readsImportFolder()).isTrue();
		assertThat(sheet.metadataPrefix()).isEqualTo("experts");
		assertThat(chronicle.setSpec()).isEqualTo("2020");
		assertThat(HarvestSource.oai("o", "o", "https://lib.example/oai", "l", "c", List.of(), List.of()).readsImportFolder())
			.isFalse();
	}

	@Test
	void eachTypeRefusesTheOtherKindOfUrl() {
		assertThatThrownBy(() -> HarvestSource.files("bh-files", "北海", "https://lib.example/files", "l", "c", List.of(),
				List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("needs a file: URL");
		assertThatThrownBy(() -> HarvestSource.oai("o", "o", "file:beihai", "l", "c", List.of(), List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("needs an http(s) base URL");
	}

	@Test
	void onlyCatalogueSourcesMayNameAFile() {
		HarvestSource marc = HarvestSource.marc("bnu", "北师大", "file:/data/import/bnu.xml", "北京师范大学图书馆", "北京",
				List.of("origins"), List.of());
		assertThat(marc.baseUrl()).isEqualTo("file:/data/import/bnu.xml");
		assertThat(HarvestSource.marc("bnu", "北师大", "bnu.xml", null, null, List.of(), List.of()).baseUrl())
			.isEqualTo("bnu.xml");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> HarvestSource.marc("bnu", "北师大", "ftp://example.org/x.mrc", null, null, List.of(),
					List.of()))
			.withMessageContaining("a file: URL or a file path");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HarvestSource.feed("news", "新闻", "file:/data/import/feed.xml", "news-flash", null, null,
					List.of()))
			.withMessageContaining("needs an http(s) base URL");
	}

}
