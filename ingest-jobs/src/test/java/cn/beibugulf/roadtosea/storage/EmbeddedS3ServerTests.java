package cn.beibugulf.roadtosea.storage;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What a process killed in the middle of an object write leaves in the embedded store's folder. */
class EmbeddedS3ServerTests {

	@TempDir
	Path folder;

	@Test
	void removesOnlyTheTemporaryFilesOfUnfinishedWrites() throws Exception {
		Path raw = Files.createDirectories(this.folder.resolve("road-to-the-sea/raw/crash"));
		Path complete = Files.writeString(raw.resolve("oai%3Akill.example%3A580.xml"), "<record/>");
		Path unfinished = Files.writeString(raw.resolve("oai%3Akill.example%3A581.xml-61d0ea38-0dee-42c0-8960-3a2b1218f702"),
				"<rec");
		Path file = Files.writeString(Files.createDirectories(this.folder.resolve("road-to-the-sea/files"))
			.resolve("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), "bytes");
		Path lookalike = Files.writeString(raw.resolve("report-2024-annual.xml"), "<record/>");

		assertThat(EmbeddedS3Server.removeIncompleteWrites(this.folder)).containsExactly(unfinished);

		assertThat(unfinished).doesNotExist();
		assertThat(complete).exists();
		assertThat(file).exists();
		assertThat(lookalike).exists();
	}

}
