package cn.beibugulf.roadtosea.ingest.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

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
		Path start = Path.of("").toAbsolutePath();
		Optional<Path> found = find(start, folder);
		if (found.isEmpty()) {
			String reason = "shared/data/real-samples/" + folder + " not found in " + start + " or above";
			if ("true".equals(System.getenv("CI"))) {
				Assertions.fail(reason + " (CI=true: the shared data must be there)");
			}
			Assumptions.abort(reason + " (not on CI: skipped)");
		}
		try (Stream<Path> files = Files.list(found.get())) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code shared/data/real-samples/<folder>} in {@code start} or the nearest of its parents that has it. */
	static Optional<Path> find(Path start, String folder) {
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("real-samples").resolve(folder);
			if (Files.isDirectory(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
