package cn.beibugulf.roadtosea.ingest.chronicle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SharedDataTests {

	@Test
	void findsTheSharedFolderBesideAnAncestorOfTheWorkingDirectory(@TempDir Path root) throws IOException {
		Path data = Files.createDirectories(root.resolve("shared/data"));
		Files.writeString(data.resolve("report.txt"), "大事记");
		Path module = Files.createDirectories(root.resolve("wt/ingest-jobs"));

		assertThat(SharedData.find(module, "report.txt")).contains(data.resolve("report.txt"));
		assertThat(SharedData.find(module, "missing.txt")).isEmpty();
	}

}
