package cn.beibugulf.roadtosea.ingest.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import cn.beibugulf.roadtosea.ingest.SharedSamples;


/**
 * The real third-party sample files of {@code ../shared/data/real-samples} (beside the repository,
 * never copied into it), found by walking up from the working directory so the tests run from the
 * module, the repository root or a git worktree next to it. When the folder is missing the tests
 * are skipped, except under {@code CI=true}, where they fail.
 */
final class RealSamples {

	private RealSamples() {
	}

	/** The files of {@code real-samples/<folder>}, sorted by name. */
	static List<Path> files(String folder) {
		try (Stream<Path> files = Files.list(SharedSamples.require("real-samples/" + folder, true))) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code shared/data/real-samples/<folder>} in {@code start} or the nearest of its parents that has it. */
	static Optional<Path> find(Path start, String folder) {
		return SharedSamples.locate(start, "real-samples/" + folder, true);
	}

}
