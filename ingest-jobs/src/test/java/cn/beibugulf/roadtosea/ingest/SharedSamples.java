package cn.beibugulf.roadtosea.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A file of the real third-party samples in {@code ../shared/data/real-samples} (beside the
 * repository, never copied into it), found by walking up from the working directory so tests run
 * from the module, the repository root or a git worktree next to it. When it is missing the test
 * is skipped, except under {@code CI=true}, where it fails.
 */
public final class SharedSamples {

	private SharedSamples() {
	}

	/** {@code real-samples/<folder>/<name>}. */
	public static Path file(String folder, String name) {
		return require("real-samples/" + folder + "/" + name, false);
	}

	static Optional<Path> find(Path start, String folder, String name) {
		return locate(start, "real-samples/" + folder + "/" + name, false);
	}

	/**
	 * {@code shared/data/<relative>} (a file, or a folder when {@code directory}); missing, the
	 * calling test fails under {@code CI=true} and is skipped otherwise.
	 */
	public static Path require(String relative, boolean directory) {
		Path start = Path.of("").toAbsolutePath();
		Optional<Path> found = locate(start, relative, directory);
		if (found.isPresent()) {
			return found.get();
		}
		String reason = "shared/data/" + relative + " not found in " + start + " or above";
		if ("true".equals(System.getenv("CI"))) {
			return Assertions.fail(reason + " (CI=true: the shared data must be there)");
		}
		Assumptions.abort(reason + " (not on CI: skipped)");
		throw new IllegalStateException("not reached: abort throws");
	}

	/** {@code shared/data/<relative>} in {@code start} or the nearest of its parents that has it. */
	public static Optional<Path> locate(Path start, String relative, boolean directory) {
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
			if (directory ? Files.isDirectory(candidate) : Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
