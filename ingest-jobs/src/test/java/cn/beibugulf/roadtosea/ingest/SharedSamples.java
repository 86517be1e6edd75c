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
		Path start = Path.of("").toAbsolutePath();
		Optional<Path> found = find(start, folder, name);
		if (found.isPresent()) {
			return found.get();
		}
		String reason = "shared/data/real-samples/" + folder + "/" + name + " not found in " + start + " or above";
		if ("true".equals(System.getenv("CI"))) {
			return Assertions.fail(reason + " (CI=true: the shared data must be there)");
		}
		Assumptions.abort(reason + " (not on CI: skipped)");
		throw new IllegalStateException("not reached: abort throws");
	}

	static Optional<Path> find(Path start, String folder, String name) {
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("real-samples").resolve(folder).resolve(name);
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
