package cn.beibugulf.roadtosea.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.job.SourceReadException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpFetcherTests {

	private static final HttpFetchSettings SETTINGS = new HttpFetchSettings(3, Duration.ofMillis(50),
			Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), "RoadToTheSea-Test");

	private final TestHttpServer server = TestHttpServer.start();

	private final HttpFetcher fetcher = new HttpFetcher(SETTINGS, Clock.systemUTC());

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void returnsTheBodyWithItsValidatorsAndSendsThemBackAsAConditionalRequest() throws IOException {
		this.server.serve("/feed.xml", "<rss/>".getBytes(StandardCharsets.UTF_8), "application/rss+xml; charset=utf-8",
				"\"v1\"", "Sat, 04 Apr 2020 00:40:01 GMT");
		URI uri = URI.create(this.server.url("/feed.xml"));

		HttpValidators validators;
		try (HttpFetchResponse first = this.fetcher.get(uri, "application/rss+xml", HttpValidators.NONE, "the feed")) {
			assertThat(first.status()).isEqualTo(200);
			assertThat(first.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
			assertThat(new String(first.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
			validators = first.validators();
		}
		assertThat(validators).isEqualTo(new HttpValidators("\"v1\"", "Sat, 04 Apr 2020 00:40:01 GMT"));

		try (HttpFetchResponse second = this.fetcher.get(uri, "application/rss+xml", validators, "the feed")) {
			assertThat(second.notModified()).isTrue();
			assertThat(second.body().readAllBytes()).isEmpty();
		}
		TestHttpServer.Request conditional = this.server.requests("/feed.xml").get(1);
		assertThat(conditional.header("If-None-Match")).isEqualTo("\"v1\"");
		assertThat(conditional.header("If-Modified-Since")).isEqualTo("Sat, 04 Apr 2020 00:40:01 GMT");
		assertThat(conditional.header("User-Agent")).isEqualTo("RoadToTheSea-Test");
	}

	@Test
	void retriesBusyAnswersAsRetryAfterAsks() throws IOException {
		this.server.serve("/busy.xml", "<rss/>".getBytes(StandardCharsets.UTF_8), "application/xml");
		this.server.failNext("/busy.xml", 503, "1").failNext("/busy.xml", 429, null);

		try (HttpFetchResponse response = this.fetcher.get(URI.create(this.server.url("/busy.xml")), "*/*",
				HttpValidators.NONE, "the feed")) {
			assertThat(response.status()).isEqualTo(200);
		}
		assertThat(this.server.requests("/busy.xml")).hasSize(3);
	}

	@Test
	void anErrorAnswerFailsAtOnceWithTheStatusAndUrl() {
		String url = this.server.url("/missing.xml");

		assertThatThrownBy(() -> this.fetcher.get(URI.create(url), "*/*", HttpValidators.NONE, "the feed"))
			.isInstanceOf(SourceReadException.class)
			.hasMessage("The feed answered HTTP 404 after 1 attempt(s): GET " + url);
		assertThat(this.server.requests("/missing.xml")).hasSize(1);
	}

	@Test
	void aRetryAfterLongerThanAllowedFailsInsteadOfWaiting() {
		this.server.failNext("/slow.xml", 503, "3600");

		assertThatThrownBy(() -> this.fetcher.get(URI.create(this.server.url("/slow.xml")), "*/*", HttpValidators.NONE,
				"the catalogue"))
			.isInstanceOf(SourceReadException.class)
			.hasMessageStartingWith("The catalogue answered HTTP 503 and asked to retry after PT1H");
	}

	@Test
	void anUnreachableHostFailsAfterEveryAttempt() throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String url = "http://127.0.0.1:" + closed + "/feed.xml";

		assertThatThrownBy(() -> this.fetcher.get(URI.create(url), "*/*", HttpValidators.NONE, "the feed"))
			.isInstanceOf(SourceReadException.class)
			.hasMessage("Cannot reach the feed (could not connect) after 3 attempt(s): GET " + url);
	}

	@Test
	void aLimitedStreamRefusesTheByteBeyondItsLimit() throws IOException {
		this.server.serve("/big.mrc", new byte[2048], "application/marc");
		try (HttpFetchResponse response = this.fetcher.get(URI.create(this.server.url("/big.mrc")), "*/*",
				HttpValidators.NONE, "the catalogue");
				InputStream limited = new LimitedInputStream(response.body(), 1024, "The catalogue")) {
			assertThatThrownBy(limited::readAllBytes).isInstanceOf(LimitedInputStream.TooLargeException.class)
				.hasMessage("The catalogue is larger than 1024 bytes: not read");
		}
	}

}
