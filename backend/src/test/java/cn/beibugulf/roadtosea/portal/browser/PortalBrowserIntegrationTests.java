package cn.beibugulf.roadtosea.portal.browser;

import java.nio.file.Path;
import java.time.Duration;

import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.TestDataDir;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.beibugulf.roadtosea.portal.PortalHttp.encode;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reader opens the portal in headless Chromium on a desktop and on a phone, searches 北海 over
 * the demo content harvested at start-up, and sees highlighted results.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIntegrationTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("portal.data-dir", () -> TestDataDir.path("browser"));
	}

	@LocalServerPort
	int port;

	Playwright playwright;

	Browser browser;

	@BeforeAll
	void startBrowserWhenDemoContentIsSearchable() {
		Chromium.executable();
		PortalHttp http = new PortalHttp(this.port);
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> http.get("/api/search?q=" + encode("北海")).json().get("total").asLong() > 0);
		this.playwright = Chromium.playwright();
		this.browser = Chromium.launch(this.playwright);
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	@ParameterizedTest(name = "{0}x{1} touch={2}")
	@CsvSource({ "1280, 800, false", "390, 844, true" })
	void searchingBeihaiShowsHighlightedResults(int width, int height, boolean touch) {
		try (BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setHasTouch(touch)
			.setIsMobile(touch)
			.setLocale("zh-CN"))) {
			Page page = context.newPage();
			page.navigate("http://127.0.0.1:" + this.port + "/");
			assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");

			Locator input = page.getByTestId("search-input");
			input.fill("北海");
			input.press("Enter");

			Locator results = page.getByTestId("result-item");
			assertThat(results.first()).isVisible();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=%E5%8C%97%E6%B5%B7.*"));
			Locator marks = page.locator("[data-testid=result-item] mark");
			assertThat(marks.first()).isVisible();
			assertThat(marks.first()).hasText(java.util.regex.Pattern.compile("北海|北|海"));
			assertThat(page.getByTestId("total-count")).containsText(java.util.regex.Pattern.compile("\\d"));
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "search-beihai-" + width + "x" + height + ".png"))
				.setFullPage(true));

			// the result opens its record page
			results.first().getByTestId("result-title").click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
			assertThat(page.url()).contains("/records/");
		}
	}

}
