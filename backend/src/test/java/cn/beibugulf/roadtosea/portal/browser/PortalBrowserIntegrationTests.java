package cn.beibugulf.roadtosea.portal.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import cn.beibugulf.roadtosea.ingest.HarvestService;
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
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
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

	@Autowired
	HarvestService harvestService;

	@BeforeAll
	void startBrowserWhenDemoContentIsSearchable() {
		// every demo harvest has ended before this class goes on (or is skipped without Chromium):
		// a harvest left running would overlap the next test classes' contexts in this JVM, whose
		// job executions are numbered from 1 too, and Spring Batch keeps step contexts in a static
		// registry keyed by execution
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> !this.harvestService.sources().isEmpty() && this.harvestService.sources()
				.stream()
				.allMatch(source -> this.harvestService.state(source.id()).isPresent()));
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

	@ParameterizedTest(name = "{0}x{1} touch={2}")
	@CsvSource({ "1280, 800, false", "390, 844, true" })
	void aYearRangeAndTheFullTextFacetFilterThroughTheUrl(int width, int height, boolean touch) {
		PortalHttp http = new PortalHttp(this.port);
		JsonNode histogram = http.get("/api/search").json().get("yearHistogram");
		int min = histogram.get("min").asInt();
		int max = histogram.get("max").asInt();
		assertThat(max).isGreaterThan(min);
		int from = min + (max - min) / 2;
		long expected = http.get("/api/search?yearFrom=" + from + "&yearTo=" + max).json().get("total").asLong();
		assertThat(expected).isPositive();

		try (BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setHasTouch(touch)
			.setIsMobile(touch)
			.setLocale("zh-CN"))) {
			Page page = context.newPage();
			page.navigate("http://127.0.0.1:" + this.port + "/search");
			assertThat(page.getByTestId("total-count")).hasAttribute("data-status", "success");
			if (touch) {
				page.getByTestId("facets-toggle").tap();
			}
			Locator range = page.getByTestId("year-range");
			assertThat(range).isVisible();
			assertThat(range).hasAttribute("data-min", String.valueOf(min));
			assertThat(page.getByTestId("year-bar").first()).isAttached();

			// the labelled year inputs, Enter to apply
			Locator fromInput = page.getByLabel("起始年份", new Page.GetByLabelOptions().setExact(true));
			fromInput.fill(String.valueOf(from));
			page.getByLabel("截止年份", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(max));
			fromInput.press("Enter");
			assertThat(page).hasURL(Pattern.compile(".*yearFrom=" + from + "&yearTo=" + max + ".*"));
			assertThat(page.getByTestId("total-count")).hasAttribute("data-total", String.valueOf(expected));
			assertThat(page.getByTestId("year-slider-from")).hasValue(String.valueOf(from));
			Locator chip = page.locator("[data-testid=filter-chip][data-facet=years]");
			assertThat(chip).containsText(from + "–" + max);

			// the handles move with the keyboard too: one year later, searched once the handle rests
			Locator handle = page.getByTestId("year-slider-from");
			handle.focus();
			handle.press("ArrowRight");
			assertThat(page).hasURL(Pattern.compile(".*yearFrom=" + (from + 1) + "&yearTo=" + max + ".*"));
			long later = http.get("/api/search?yearFrom=" + (from + 1) + "&yearTo=" + max).json().get("total").asLong();
			assertThat(page.getByTestId("total-count")).hasAttribute("data-total", String.valueOf(later));

			// the full-text facet: tick a value, the URL and the total follow, the chip takes it off again
			Locator option = page.locator("[data-testid=facet-option][data-facet=fullText]").first();
			String value = option.getAttribute("data-value");
			long count = http.get("/api/search?yearFrom=" + (from + 1) + "&yearTo=" + max + "&fullText=" + value)
				.json()
				.get("total")
				.asLong();
			option.locator("input").check();
			assertThat(page).hasURL(Pattern.compile(".*fullText=" + value + ".*"));
			assertThat(page.getByTestId("total-count")).hasAttribute("data-total", String.valueOf(count));
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(Path.of("target", "screenshots", "search-years-fulltext-" + width + "x" + height + ".png"))
				.setFullPage(true));
			page.locator("[data-testid=filter-chip][data-facet=fullText]").click();
			assertThat(page).not().hasURL(Pattern.compile(".*fullText=.*"));
			assertThat(page).hasURL(Pattern.compile(".*yearFrom=.*"));
		}
	}

}
