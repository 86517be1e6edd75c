package cn.beibugulf.roadtosea.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's object storage: one bucket, reached only through the MinIO client (the same code
 * runs against the embedded s3proxy and against MinIO). Keys are plain strings such as
 * {@code raw/{sourceId}/{encoded id}.xml} or {@code files/{sha256}}; any Unicode is allowed.
 */
public class ObjectStore {

	private static final Logger logger = LoggerFactory.getLogger(ObjectStore.class);

	private static final long PART_SIZE = 10L * 1024 * 1024;

	private static final int MAX_PRESIGN_SECONDS = 7 * 24 * 3600;

	private final MinioClient client;

	private final String bucket;

	public ObjectStore(MinioClient client, String bucket) {
		this.client = client;
		this.bucket = bucket;
	}

	public String bucket() {
		return this.bucket;
	}

	/** Creates the bucket when it does not exist yet (called at start-up). */
	public void ensureBucket() {
		call("create bucket", "", () -> {
			if (!this.client.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build())) {
				this.client.makeBucket(MakeBucketArgs.builder().bucket(this.bucket).build());
				logger.info("Created bucket '{}'", this.bucket);
			}
			return null;
		});
	}

	/**
	 * Health check for the actuator: {@code true} when the storage answers and the bucket exists. Never
	 * throws.
	 */
	public boolean isHealthy() {
		try {
			return this.client.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build());
		}
		catch (Exception ex) {
			logger.debug("Object storage health check failed", ex);
			return false;
		}
	}

	public StoredObject put(String key, byte[] bytes, String contentType) {
		return put(key, new ByteArrayInputStream(bytes), bytes.length, contentType);
	}

	/**
	 * Stores a stream under {@code key}, replacing any object there.
	 * @param size the number of bytes, or -1 when unknown (uploaded in 10 MiB parts)
	 */
	public StoredObject put(String key, InputStream content, long size, String contentType) {
		return call("put", key, () -> {
			PutObjectArgs.Builder args = PutObjectArgs.builder()
				.bucket(this.bucket)
				.object(key)
				.stream(content, size, (size < 0) ? PART_SIZE : -1);
			if (contentType != null) {
				args.contentType(contentType);
			}
			ObjectWriteResponse written = this.client.putObject(args.build());
			if (size < 0) {
				return stat(key).orElseThrow(() -> new IOException("object missing right after upload"));
			}
			// the size is known and the answer carries the ETag: no second round trip (a HEAD per
			// raw record halved the harvest rate)
			return new StoredObject(key, size, contentType, stripQuotes(written.etag()), Instant.now());
		});
	}

	private static String stripQuotes(String etag) {
		return (etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\""))
				? etag.substring(1, etag.length() - 1) : etag;
	}

	/** The whole object, or empty when there is no object under {@code key}. */
	public Optional<byte[]> get(String key) {
		return open(key).map((stream) -> call("get", key, () -> {
			try (InputStream in = stream) {
				return in.readAllBytes();
			}
		}));
	}

	/** A stream of the object (the caller closes it), or empty when there is none. */
	public Optional<InputStream> open(String key) {
		return call("get", key, () -> {
			try {
				GetObjectResponse response = this.client
					.getObject(GetObjectArgs.builder().bucket(this.bucket).object(key).build());
				return Optional.of(response);
			}
			catch (ErrorResponseException ex) {
				if (isNotFound(ex)) {
					return Optional.empty();
				}
				throw ex;
			}
		});
	}

	public boolean exists(String key) {
		return stat(key).isPresent();
	}

	public Optional<StoredObject> stat(String key) {
		return call("stat", key, () -> {
			try {
				StatObjectResponse response = this.client
					.statObject(StatObjectArgs.builder().bucket(this.bucket).object(key).build());
				return Optional.of(new StoredObject(key, response.size(), response.contentType(),
						response.etag(), toInstant(response.lastModified())));
			}
			catch (ErrorResponseException ex) {
				if (isNotFound(ex)) {
					return Optional.empty();
				}
				throw ex;
			}
		});
	}

	/** Removes the object; removing a missing object is not an error. */
	public void delete(String key) {
		call("delete", key, () -> {
			this.client.removeObject(RemoveObjectArgs.builder().bucket(this.bucket).object(key).build());
			return null;
		});
	}

	/** Every object whose key starts with {@code prefix}, in key order. */
	public List<StoredObject> list(String prefix) {
		try (Stream<StoredObject> objects = stream(prefix)) {
			return objects.toList();
		}
	}

	/** Every object whose key starts with {@code prefix}, fetched page by page while consumed. */
	public Stream<StoredObject> stream(String prefix) {
		Iterator<Result<Item>> results = this.client
			.listObjects(ListObjectsArgs.builder().bucket(this.bucket).prefix(prefix).recursive(true).build())
			.iterator();
		Iterator<StoredObject> objects = new Iterator<>() {

			@Override
			public boolean hasNext() {
				return results.hasNext();
			}

			@Override
			public StoredObject next() {
				Item item = call("list", prefix, () -> results.next().get());
				return new StoredObject(item.objectName(), item.size(), null, item.etag(),
						toInstant(item.lastModified()));
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(objects, Spliterator.ORDERED), false)
			.filter((object) -> !object.key().endsWith("/"));
	}

	/**
	 * A URL that lets anyone holding it GET the object until it expires (at most 7 days). Changing any
	 * part of the URL invalidates its signature.
	 */
	public URI presignedGetUrl(String key, Duration expiry) {
		int seconds = (int) Math.min(Math.max(expiry.toSeconds(), 1), MAX_PRESIGN_SECONDS);
		return call("presign", key, () -> URI.create(this.client.getPresignedObjectUrl(GetPresignedObjectUrlArgs
			.builder()
			.method(Method.GET)
			.bucket(this.bucket)
			.object(key)
			.expiry(seconds)
			.build())));
	}

	private static boolean isNotFound(ErrorResponseException ex) {
		String code = ex.errorResponse().code();
		return "NoSuchKey".equals(code) || "NoSuchObject".equals(code) || "NotFound".equals(code);
	}

	private static Instant toInstant(ZonedDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private <T> T call(String operation, String key, StorageCall<T> call) {
		try {
			return call.run();
		}
		catch (ObjectStoreException ex) {
			throw ex;
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new ObjectStoreException(
					"Object storage " + operation + " failed for '" + key + "' in bucket '" + this.bucket + "': " + ex,
					ex);
		}
	}

	@FunctionalInterface
	private interface StorageCall<T> {

		T run() throws Exception;

	}

}
