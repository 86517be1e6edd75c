package cn.beibugulf.roadtosea.portal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts Debian's Chromium through Playwright (no browser download). Under {@code CI=true} a
 * missing Chromium fails the test; on a developer's machine it skips with the reason.
 */
final class Chromium {

	static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private Chromium() {
	}

	static Path executable() {
		String configured = System.getenv("CHROMIUM_PATH");
		for (String candidate : new String[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser" }) {
			if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		String reason = "Chromium is not installed (scripts/setup.sh --test installs Debian's chromium)";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(reason);
		}
		assumeTrue(false, reason);
		return null;
	}

	static Playwright playwright() {
		return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable()).setHeadless(true).setArgs(FLAGS));
	}

}
