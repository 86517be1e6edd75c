package cn.beibugulf.roadtosea.ingest.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportFolderTests {

	@TempDir
	Path temp;

	@Test
	void createsTheFolderAndResolvesRelativeAndAbsoluteFileUrlsInsideIt() throws IOException {
		ImportFolder folder = new ImportFolder(this.temp.resolve("import"));
		Path collection = Files.createDirectories(folder.root().resolve("北海/老照片"));

		assertThat(folder.resolve("file:北海/老照片")).isEqualTo(collection);
		assertThat(folder.resolve(collection.toUri().toString())).isEqualTo(collection);
		assertThat(folder.resolve("file://" + collection)).isEqualTo(collection);
		assertThat(folder.relative(collection)).isEqualTo("北海/老照片");
	}

	@Test
	void refusesWhatLiesOutsideTheFolder() throws IOException {
		ImportFolder folder = new ImportFolder(this.temp.resolve("import"));
		Path outside = Files.writeString(this.temp.resolve("secret.txt"), "x");

		assertThatThrownBy(() -> folder.resolve("file:../secret.txt")).isInstanceOf(ImportFolderException.class)
			.hasMessageContaining("outside the import folder");
		assertThatThrownBy(() -> folder.resolve(outside.toUri().toString())).isInstanceOf(ImportFolderException.class)
			.hasMessageContaining("outside the import folder");
		assertThatThrownBy(() -> folder.resolve("file:///etc/passwd")).isInstanceOf(ImportFolderException.class)
			.hasMessageContaining("outside the import folder");
	}

	@Test
	void refusesASymbolicLinkThatLeadsOut() throws IOException {
		ImportFolder folder = new ImportFolder(this.temp.resolve("import"));
		Path outside = Files.createDirectories(this.temp.resolve("elsewhere"));
		Files.createSymbolicLink(folder.root().resolve("link"), outside);

		assertThatThrownBy(() -> folder.resolve("file:link")).isInstanceOf(ImportFolderException.class)
			.hasMessageContaining("outside the import folder");
	}

	@Test
	void saysWhatIsMissingOrNotAFileUrl() {
		ImportFolder folder = new ImportFolder(this.temp.resolve("import"));

		assertThatThrownBy(() -> folder.resolve("file:nothing-here")).isInstanceOf(ImportFolderException.class)
			.hasMessageContaining("does not exist");
		assertThatThrownBy(() -> folder.resolve("https://lib.example/oai")).isInstanceOf(ImportFolderException.class)
			.hasMessageContaining("file: URL");
	}

	@Test
	void locatesCataloguePathsAndFileUrlsInsideTheFolderThatNeedNotExist() throws IOException {
		Path root = Files.createDirectories(this.temp.resolve("import"));
		ImportFolder directory = new ImportFolder(root);
		Path file = root.resolve("北海/馆藏.mrc");

		assertThat(directory.locate("北海/馆藏.mrc")).isEqualTo(file);
		assertThat(directory.locate(file.toString())).isEqualTo(file);
		assertThat(directory.locate(file.toUri().toString())).isEqualTo(file);
		assertThat(directory.locate("sub/../catalogue.xml")).isEqualTo(root.resolve("catalogue.xml"));
	}

	@Test
	void locatingRefusesEverythingOutsideTheFolder() throws IOException {
		Path root = Files.createDirectories(this.temp.resolve("import"));
		ImportFolder directory = new ImportFolder(root);

		for (String location : List.of("../secret.mrc", "/etc/passwd", "file:/etc/passwd", "file:///etc/passwd",
				root.toString(), this.temp.resolve("importer/x.mrc").toString())) {
			assertThatIllegalArgumentException().as(location)
				.isThrownBy(() -> directory.locate(location))
				.withMessageContaining("is outside the import directory " + root)
				.withMessageContaining("portal.ingest.import-dir");
		}
	}

	@Test
	void locatingRefusesASymbolicLinkThatLeadsOutOfTheFolder() throws IOException {
		Path root = Files.createDirectories(this.temp.resolve("import"));
		Path outside = Files.createDirectories(this.temp.resolve("outside"));
		Files.writeString(outside.resolve("secret.mrc"), "secret");
		Files.createSymbolicLink(root.resolve("link"), outside);
		ImportFolder directory = new ImportFolder(root);

		assertThatIllegalArgumentException().isThrownBy(() -> directory.locate("link/secret.mrc"))
			.withMessageContaining("outside the import directory");
	}

}
