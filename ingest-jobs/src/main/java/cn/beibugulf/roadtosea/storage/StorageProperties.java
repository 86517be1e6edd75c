package cn.beibugulf.roadtosea.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Object storage ({@code portal.storage.*}). With no {@code endpoint} the application starts an
 * embedded S3 server (s3proxy) on 127.0.0.1 that keeps its files under {@code {portal.data-dir}/s3};
 * otherwise {@code endpoint} is the URL of MinIO or another S3-compatible service.
 *
 * @param endpoint S3 URL, empty for the embedded server
 * @param accessKey access key (the embedded server accepts the same)
 * @param secretKey secret key (the embedded server accepts the same)
 * @param bucket the bucket, created at start-up if missing
 * @param region the region sent in signatures
 * @param embedded settings of the embedded server
 */
@ConfigurationProperties("portal.storage")
public record StorageProperties(String endpoint, @DefaultValue("portal") String accessKey,
		@DefaultValue("portal-secret-key") String secretKey, @DefaultValue("road-to-the-sea") String bucket,
		@DefaultValue("us-east-1") String region, @DefaultValue Embedded embedded) {

	public boolean useEmbedded() {
		return this.endpoint == null || this.endpoint.isBlank();
	}

	/**
	 * The embedded server.
	 *
	 * @param port its port on 127.0.0.1, 0 for a free port
	 */
	public record Embedded(@DefaultValue("0") int port) {
	}

}
