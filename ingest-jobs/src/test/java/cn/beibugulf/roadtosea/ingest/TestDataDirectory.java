package cn.beibugulf.roadtosea.ingest;

import java.nio.file.Path;

/**
 * A fresh {@code portal.data-dir} for the test JVM (integration-test classes run in a JVM each):
 * {@code target/it-data/{name}-{timestamp}}. Set as a system property before the Spring context
 * starts, so every embedded store — and the default H2 URL — uses it.
 */
public final class TestDataDirectory {

	private TestDataDirectory() {
	}

	public static Path use(String name) {
		Path directory = Path.of("target", "it-data", name + "-" + System.currentTimeMillis());
		System.setProperty("portal.data-dir", "./" + directory);
		return directory;
	}

}
