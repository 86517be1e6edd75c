package cn.beibugulf.roadtosea.portal.containers;

import java.nio.file.Path;
import java.time.Duration;

import cn.beibugulf.roadtosea.portal.PortalHttp;
import cn.beibugulf.roadtosea.portal.TestDataDir;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.beibugulf.roadtosea.portal.PortalHttp.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production stack of docker-compose.yml — the official Elasticsearch image with the
 * official analysis-smartcn and analysis-icu plugins, MinIO and PostgreSQL — under the same
 * application: the index templates apply unchanged, the demo harvest runs, 北海 is found.
 * Runs where a Docker engine exists; this project's CI machines have none.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo.enabled=true")
class ProductionStackContainersIntegrationTests {

	@Container
	static final GenericContainer<?> elasticsearch = new GenericContainer<>(
			new ImageFromDockerfile("road-to-the-sea-elasticsearch", false)
				.withFileFromPath(".", Path.of("..", "elasticsearch", "docker")))
		.withEnv("discovery.type", "single-node")
		.withEnv("xpack.security.enabled", "false")
		.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
		.withExposedPorts(9200)
		.waitingFor(Wait.forHttp("/_cluster/health").forPort(9200).withStartupTimeout(Duration.ofMinutes(3)));

	@Container
	static final MinIOContainer minio = new MinIOContainer("minio/minio").withUserName("portal")
		.withPassword("portal-secret-key");

	@Container
	static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17");

	@DynamicPropertySource
	static void stack(DynamicPropertyRegistry registry) {
		registry.add("portal.data-dir", () -> TestDataDir.path("containers"));
		registry.add("portal.elasticsearch.uris",
				() -> "http://" + elasticsearch.getHost() + ":" + elasticsearch.getMappedPort(9200));
		registry.add("portal.storage.endpoint", minio::getS3URL);
		registry.add("portal.storage.access-key", minio::getUserName);
		registry.add("portal.storage.secret-key", minio::getPassword);
		registry.add("spring.datasource.url", postgres::getJdbcUrl);
		registry.add("spring.datasource.username", postgres::getUsername);
		registry.add("spring.datasource.password", postgres::getPassword);
	}

	@LocalServerPort
	int port;

	@Test
	void demoContentIsSearchableOnTheOfficialImages() {
		PortalHttp http = new PortalHttp(this.port);
		await().atMost(Duration.ofMinutes(2))
			.until(() -> http.get("/api/search?q=" + encode("北海")).json().get("total").asLong() > 0);
		assertThat(http.get("/api/search?q=" + encode("北海")).body()).contains("<mark>");
		assertThat(http.get("/actuator/health").status()).isEqualTo(200);
	}

}
