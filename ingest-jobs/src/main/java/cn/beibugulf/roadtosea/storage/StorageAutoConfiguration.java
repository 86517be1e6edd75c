package cn.beibugulf.roadtosea.storage;

import java.util.concurrent.TimeUnit;

import io.minio.MinioClient;
import io.minio.http.HttpUtils;
import okhttp3.OkHttpClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Object storage: an embedded s3proxy when {@code portal.storage.endpoint} is empty, the MinIO
 * client and the {@link ObjectStore}, whose bucket is created at start-up.
 */
@AutoConfiguration
@EnableConfigurationProperties({ StorageProperties.class, DataDirectoryProperties.class })
public class StorageAutoConfiguration {

	/** The MinIO client's own default for connect, write and read timeouts. */
	private static final long TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(5);

	@Bean
	@ConditionalOnMissingBean
	@Conditional(EmbeddedStorageCondition.class)
	EmbeddedS3Server embeddedS3Server(StorageProperties storage, DataDirectoryProperties dataDirectory) {
		return new EmbeddedS3Server(dataDirectory.resolve("s3"), storage.embedded().port(), storage.accessKey(),
				storage.secretKey());
	}

	@Bean
	@ConditionalOnMissingBean
	MinioClient minioClient(StorageProperties storage, ObjectProvider<EmbeddedS3Server> embedded) {
		String endpoint = storage.useEmbedded() ? embedded.getObject().endpoint().toString() : storage.endpoint();
		return MinioClient.builder()
			.httpClient(httpClient(), true)
			.endpoint(endpoint)
			.region(storage.region())
			.credentials(storage.accessKey(), storage.secretKey())
			.build();
	}

	/** The MinIO client's default HTTP client, with TCP_NODELAY (see {@link NoDelaySocketFactory}). */
	static OkHttpClient httpClient() {
		return HttpUtils.newDefaultHttpClient(TIMEOUT_MILLIS, TIMEOUT_MILLIS, TIMEOUT_MILLIS)
			.newBuilder()
			.socketFactory(new NoDelaySocketFactory())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	ObjectStore objectStore(MinioClient minioClient, StorageProperties storage) {
		ObjectStore store = new ObjectStore(minioClient, storage.bucket());
		store.ensureBucket();
		return store;
	}

}
