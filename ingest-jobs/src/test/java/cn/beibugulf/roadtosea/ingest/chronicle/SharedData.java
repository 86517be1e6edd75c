package cn.beibugulf.roadtosea.ingest.chronicle;

import java.nio.file.Path;
import java.util.Optional;

import cn.beibugulf.roadtosea.ingest.SharedSamples;


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
		return SharedSamples.require(name, false);
	}

	/** {@code shared/data/<name>} in {@code start} or the nearest of its parents that has it. */
	static Optional<Path> find(Path start, String name) {
		return SharedSamples.locate(start, name, false);
	}

}
