package cn.beibugulf.roadtosea.ingest.oai;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.serviceprovider.exceptions.OAIRequestException;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.IngestProperties;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The harvester's HTTP client against a real endpoint that misbehaves: a connection dropped in the
 * middle of a response, a response slower than the request timeout and an HTTP 503 with
 * {@code Retry-After} are retried; an endpoint that cannot be reached fails with a clear message.
 */
class OaiHttpClientTests {

	private static final IngestProperties.Oai SETTINGS = new IngestProperties.Oai(10, 3, 3, Duration.ofMillis(50),
			Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMillis(700), "RoadToTheSea-Test", 3);

	private final OaiFixtureServer server = OaiFixtureServer
		.start(BeibuGulfFixtures.repository("北海", BeibuGulfFixtures.items("http", 3)));

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void aConnectionDroppedInTheMiddleOfAResponseIsRetried() throws Exception {
		this.server.dropConnectionAtRequest(1);

		String identify = identify(client());

		assertThat(identify).contains("<repositoryName>北海</repositoryName>");
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void aResponseSlowerThanTheRequestTimeoutIsRetried() throws Exception {
		this.server.slowResponseAtRequest(1, Duration.ofSeconds(3));

		String identify = identify(client());

		assertThat(identify).contains("<repositoryName>北海</repositoryName>");
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void http503IsRetriedAfterTheDelayTheServerAsksFor() throws Exception {
		this.server.serviceUnavailableAtRequest(1, Duration.ofSeconds(1));
		long started = System.nanoTime();

		String identify = identify(client());

		assertThat(identify).contains("<Identify>");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(this.server.requestCount()).isEqualTo(2);
	}

	@Test
	void aRetryAfterLongerThanAllowedFailsAtOnceNamingTheSetting() {
		this.server.serviceUnavailableAtRequest(1, Duration.ofSeconds(30));
		long started = System.nanoTime();

		assertThatExceptionOfType(OAIRequestException.class).isThrownBy(() -> identify(client()))
			.withMessage("The OAI-PMH endpoint answered HTTP 503 and asked to retry after PT30S, longer than "
					+ "portal.ingest.oai.max-retry-after (PT5S): GET " + this.server.baseUrl() + "?verb=Identify");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(this.server.requestCount()).isEqualTo(1);
	}

	@Test
	void anEndpointThatCannotBeReachedFailsAfterTheLastAttemptWithTheUrl() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		OaiHttpClient client = new OaiHttpClient("http://127.0.0.1:" + closedPort + "/oai", SETTINGS, Clock.systemUTC());

		assertThatExceptionOfType(OAIRequestException.class).isThrownBy(() -> identify(client))
			.withMessage("Cannot reach the OAI-PMH endpoint (could not connect) after 3 attempt(s): GET http://127.0.0.1:"
					+ closedPort + "/oai?verb=Identify");
	}

	private OaiHttpClient client() {
		return new OaiHttpClient(this.server.baseUrl(), SETTINGS, Clock.systemUTC());
	}

	private static String identify(OaiHttpClient client) throws Exception {
		try (InputStream in = client.execute(Parameters.parameters().withVerb(Verb.Type.Identify))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
