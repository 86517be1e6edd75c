package cn.beibugulf.roadtosea.ingest.oai;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared real-world samples, at {@code ../shared/data/real-samples} from the repository root.
 * Tests that need them are skipped when the folder is absent, except on CI ({@code CI=true}),
 * where its absence fails the test.
 */
final class RealSamples {

	private RealSamples() {
	}

	static Path file(String relative) {
		Optional<Path> directory = directory();
		if (directory.isEmpty()) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("../shared/data/real-samples is missing (required on CI)");
			}
			assumeTrue(false, "../shared/data/real-samples is absent");
		}
		Path file = directory.get().resolve(relative);
		if (!Files.isRegularFile(file)) {
			fail("real sample " + file + " is missing");
		}
		return file;
	}

	/** Walks up from the working directory to the repository root (the folder holding mvnw). */
	static Optional<Path> directory() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve(".mvn"))) {
				Path samples = dir.resolve("../shared/data/real-samples").normalize();
				return Files.isDirectory(samples) ? Optional.of(samples) : Optional.empty();
			}
		}
		return Optional.empty();
	}

}
