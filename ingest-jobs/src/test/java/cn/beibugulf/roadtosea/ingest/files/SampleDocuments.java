package cn.beibugulf.roadtosea.ingest.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

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
		Path start = Path.of("").toAbsolutePath();
		Optional<Path> found = find(start);
		if (found.isPresent()) {
			return found.get();
		}
		String reason = "shared/data/real-samples/documents not found in " + start + " or above";
		if ("true".equals(System.getenv("CI"))) {
			return Assertions.fail(reason + " (CI=true: the shared data must be there)");
		}
		Assumptions.abort(reason + " (not on CI: skipped)");
		throw new IllegalStateException("not reached: abort throws");
	}

	static Path file(String name) {
		Path file = folder().resolve(name);
		Assertions.assertTrue(Files.isRegularFile(file), () -> "missing sample " + file);
		return file;
	}

	private static Optional<Path> find(Path start) {
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("real-samples").resolve("documents");
			if (Files.isDirectory(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
