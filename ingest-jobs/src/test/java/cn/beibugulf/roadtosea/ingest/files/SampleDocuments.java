package cn.beibugulf.roadtosea.ingest.files;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.beibugulf.roadtosea.ingest.SharedSamples;

import org.junit.jupiter.api.Assertions;

/**
 * The real documents of the shared data folder beside the repository
 * ({@code ../shared/data/real-samples/documents} from the repository root), found by walking up from
 * the working directory (the module, the repository root or a worktree beside it). Tests that need
 * them are skipped when they are missing, except under {@code CI=true}, where they fail.
 */
final class SampleDocuments {

	private SampleDocuments() {
	}

	static Path folder() {
		return SharedSamples.require("real-samples/documents", true);
	}

	static Path file(String name) {
		Path file = folder().resolve(name);
		Assertions.assertTrue(Files.isRegularFile(file), () -> "missing sample " + file);
		return file;
	}

}
