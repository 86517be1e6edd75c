package cn.beibugulf.roadtosea.ingest.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RealSamplesTests {

	@Test
	void findsTheSamplesBesideAnAncestorOfTheWorkingDirectory(@TempDir Path root) throws IOException {
		Path feeds = Files.createDirectories(root.resolve("shared/data/real-samples/feeds"));
		Path module = Files.createDirectories(root.resolve("wt-enrich/ingest-jobs"));

		assertThat(RealSamples.find(module, "feeds")).contains(feeds);
		assertThat(RealSamples.find(module, "marc")).isEmpty();
	}

}
