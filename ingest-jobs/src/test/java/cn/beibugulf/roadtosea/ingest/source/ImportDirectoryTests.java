package cn.beibugulf.roadtosea.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ImportDirectoryTests {

	@TempDir
	Path temp;

	@Test
	void resolvesRelativePathsAbsolutePathsAndFileUrlsInsideTheFolder() throws IOException {
		Path root = Files.createDirectories(this.temp.resolve("import"));
		ImportDirectory directory = new ImportDirectory(root);
		Path file = root.resolve("北海/馆藏.mrc");

		assertThat(directory.resolve("北海/馆藏.mrc")).isEqualTo(file);
		assertThat(directory.resolve(file.toString())).isEqualTo(file);
		assertThat(directory.resolve(file.toUri().toString())).isEqualTo(file);
		assertThat(directory.resolve("sub/../catalogue.xml")).isEqualTo(root.resolve("catalogue.xml"));
	}

	@Test
	void refusesEverythingOutsideTheFolder() throws IOException {
		Path root = Files.createDirectories(this.temp.resolve("import"));
		ImportDirectory directory = new ImportDirectory(root);

		for (String location : List.of("../secret.mrc", "/etc/passwd", "file:/etc/passwd", "file:///etc/passwd",
				root.toString(), this.temp.resolve("importer/x.mrc").toString())) {
			assertThatIllegalArgumentException().as(location)
				.isThrownBy(() -> directory.resolve(location))
				.withMessageContaining("is outside the import directory " + root)
				.withMessageContaining("portal.ingest.import-dir");
		}
	}

	@Test
	void refusesASymbolicLinkThatLeadsOutOfTheFolder() throws IOException {
		Path root = Files.createDirectories(this.temp.resolve("import"));
		Path outside = Files.createDirectories(this.temp.resolve("outside"));
		Files.writeString(outside.resolve("secret.mrc"), "secret");
		Files.createSymbolicLink(root.resolve("link"), outside);
		ImportDirectory directory = new ImportDirectory(root);

		assertThatIllegalArgumentException().isThrownBy(() -> directory.resolve("link/secret.mrc"))
			.withMessageContaining("outside the import directory");
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
