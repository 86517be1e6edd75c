package cn.beibugulf.roadtosea.storage;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The object store against a real embedded S3 server (s3proxy), through the MinIO client only. */
class ObjectStoreIntegrationTests {

	private final Path dataDir = Path.of("target", "it-data", "storage-" + System.nanoTime());

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StorageAutoConfiguration.class))
		.withPropertyValues("portal.data-dir=./" + this.dataDir, "portal.storage.bucket=it-bucket");

	@Test
	void storesReadsListsAndDeletesObjectsWithChineseKeys() {
		this.contexts.run((context) -> {
			ObjectStore store = context.getBean(ObjectStore.class);
			byte[] xml = "<record>北海老街</record>".getBytes(StandardCharsets.UTF_8);

			StoredObject stored = store.put("raw/bhlib/北海老街 骑楼.xml", xml, "application/xml");
			store.put("raw/bhlib/合浦/珍珠.txt", "南珠".getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
			store.put("raw/other/x.txt", new ByteArrayInputStream(new byte[] { 1, 2, 3 }), -1, null);

			assertThat(stored.size()).isEqualTo(xml.length);
			assertThat(stored.contentType()).isEqualTo("application/xml");
			assertThat(store.get("raw/bhlib/北海老街 骑楼.xml")).hasValueSatisfying((bytes) -> assertThat(bytes).isEqualTo(xml));
			assertThat(store.exists("raw/bhlib/合浦/珍珠.txt")).isTrue();
			assertThat(store.stat("raw/bhlib/合浦/珍珠.txt")).hasValueSatisfying((object) -> {
				assertThat(object.size()).isEqualTo(6);
				assertThat(object.contentType()).startsWith("text/plain").containsIgnoringCase("charset=utf-8");
				assertThat(object.lastModified()).isNotNull();
			});
			assertThat(store.get("raw/other/x.txt")).hasValueSatisfying((bytes) -> assertThat(bytes).containsExactly(1, 2, 3));
			assertThat(store.list("raw/bhlib/")).extracting(StoredObject::key)
				.containsExactlyInAnyOrder("raw/bhlib/北海老街 骑楼.xml", "raw/bhlib/合浦/珍珠.txt");
			assertThat(store.list("raw/")).hasSize(3);
			assertThat(store.list("nothing/")).isEmpty();

			store.delete("raw/bhlib/合浦/珍珠.txt");
			store.delete("raw/bhlib/never-existed");

			assertThat(store.exists("raw/bhlib/合浦/珍珠.txt")).isFalse();
			assertThat(store.get("raw/bhlib/合浦/珍珠.txt")).isEmpty();
			assertThat(store.stat("raw/bhlib/合浦/珍珠.txt")).isEmpty();
			assertThat(store.list("raw/bhlib/")).extracting(StoredObject::key).containsExactly("raw/bhlib/北海老街 骑楼.xml");
		});
	}

	@Test
	void presignedUrlsWorkUntilTampered() {
		this.contexts.run((context) -> {
			ObjectStore store = context.getBean(ObjectStore.class);
			store.put("files/涠洲岛.txt", "火山岛".getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
			URI url = store.presignedGetUrl("files/涠洲岛.txt", Duration.ofMinutes(5));
			HttpClient http = HttpClient.newHttpClient();

			HttpResponse<String> ok = http.send(HttpRequest.newBuilder(url).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			URI tampered = URI.create(url.toString().replace("X-Amz-Expires=300", "X-Amz-Expires=301"));
			HttpResponse<String> rejected = http.send(HttpRequest.newBuilder(tampered).build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(ok.statusCode()).isEqualTo(200);
			assertThat(ok.body()).isEqualTo("火山岛");
			assertThat(tampered).isNotEqualTo(url);
			assertThat(rejected.statusCode()).isEqualTo(403);
		});
	}

	@Test
	void createsTheBucketAtStartUpAndKeepsFilesUnderTheDataDirectory() {
		this.contexts.run((context) -> {
			MinioClient client = context.getBean(MinioClient.class);
			ObjectStore store = context.getBean(ObjectStore.class);

			assertThat(client.bucketExists(BucketExistsArgs.builder().bucket("it-bucket").build())).isTrue();
			assertThat(store.isHealthy()).isTrue();
			store.put("health/北海.txt", new byte[] { 42 }, "text/plain");
			Path bucketDir = this.dataDir.toAbsolutePath().resolve("s3").resolve("it-bucket");
			try (Stream<Path> files = Files.walk(bucketDir)) {
				assertThat(files.map(Path::toString)).anyMatch((name) -> name.contains("北海"));
			}
			assertThat(context.getBean(EmbeddedS3Server.class).endpoint().getHost()).isEqualTo("127.0.0.1");
		});
	}

	@Test
	void reportsUnhealthyWhenStorageIsUnreachable() {
		new ApplicationContextRunner()
			.withBean(ObjectStore.class, () -> new ObjectStore(MinioClient.builder()
				.endpoint("http://127.0.0.1:9")
				.credentials("portal", "portal-secret-key")
				.region("us-east-1")
				.build(), "road-to-the-sea"))
			.run((context) -> assertThat(context.getBean(ObjectStore.class).isHealthy()).isFalse());
	}

	@Test
	void usesAConfiguredEndpointInsteadOfTheEmbeddedServer() {
		this.contexts.withPropertyValues("portal.storage.endpoint=http://127.0.0.1:9")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasMessageContaining("bucket 'it-bucket'")
					.hasMessageContaining("127.0.0.1:9")
					.hasRootCauseInstanceOf(java.net.ConnectException.class);
			});
	}

}
