package cn.beibugulf.roadtosea.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh data folder per test JVM (embedded Elasticsearch, s3proxy and H2 live there), so tests
 * never see ./data of a developer's portal.
 */
public final class TestDataDir {

	private static final Path DIR;

	static {
		try {
			DIR = Files.createTempDirectory("road-to-the-sea-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private TestDataDir() {
	}

	public static String path(String name) {
		return DIR.resolve(name).toString();
	}

}
