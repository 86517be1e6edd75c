package cn.beibugulf.roadtosea.ingest.chronicle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Files of the shared data folder that lives beside the repository ({@code ../shared/data} from
 * the repository root). Found by walking up from the working directory, so it works from the
 * module, the repository root and any git worktree next to it. When the file is missing the
 * test is skipped with the reason, except under {@code CI=true}, where it fails.
 */
final class SharedData {

	private SharedData() {
	}

	static Path file(String name) {
		Path start = Path.of("").toAbsolutePath();
		Optional<Path> found = find(start, name);
		if (found.isPresent()) {
			return found.get();
		}
		String reason = "shared/data/" + name + " not found in " + start + " or above";
		if ("true".equals(System.getenv("CI"))) {
			return Assertions.fail(reason + " (CI=true: the shared data must be there)");
		}
		Assumptions.abort(reason + " (not on CI: skipped)");
		throw new IllegalStateException("not reached: abort throws");
	}

	/** {@code shared/data/<name>} in {@code start} or the nearest of its parents that has it. */
	static Optional<Path> find(Path start, String name) {
		for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve(name);
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
