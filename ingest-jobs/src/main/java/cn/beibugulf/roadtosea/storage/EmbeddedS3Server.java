package cn.beibugulf.roadtosea.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * A real S3 API server (s3proxy with the {@code filesystem-nio2} provider) inside the application's
 * JVM, bound to 127.0.0.1. It is started when {@code portal.storage.endpoint} is empty; the MinIO
 * client talks to it exactly as it talks to MinIO.
 *
 * <p>
 * s3proxy writes an object to {@code <key>-<random UUID>} beside its final file and renames it when
 * complete. When the process dies during a write (killed, crashed) that temporary file stays and
 * would be listed as an object, so at start-up, before anything can write, such leftovers are removed.
 */
public class EmbeddedS3Server implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedS3Server.class);

	/** s3proxy's temporary file of an object being written: the key, a hyphen and a random (version 4) UUID. */
	private static final Pattern INCOMPLETE_WRITE = Pattern
		.compile(".+-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

	private final S3Proxy proxy;

	private final BlobStore blobStore;

	private final URI endpoint;

	private final Path baseDirectory;

	public EmbeddedS3Server(Path baseDirectory, int port, String accessKey, String secretKey) {
		this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
		warnWhenFileNamesAreNotUnicode();
		try {
			Files.createDirectories(this.baseDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the object-storage folder " + this.baseDirectory, ex);
		}
		removeIncompleteWrites(this.baseDirectory);
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", this.baseDirectory.toString());
		properties.setProperty("jclouds.identity", accessKey);
		properties.setProperty("jclouds.credential", secretKey);
		this.blobStore = BlobStores.create("filesystem-nio2", properties);
		this.proxy = S3Proxy.builder()
			.blobStore(this.blobStore)
			.endpoint(URI.create("http://127.0.0.1:" + port))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
			.build();
		try {
			this.proxy.start();
		}
		catch (Exception ex) {
			this.blobStore.close();
			throw new IllegalStateException("Cannot start the embedded S3 server on 127.0.0.1:" + port, ex);
		}
		this.endpoint = URI.create("http://127.0.0.1:" + this.proxy.getPort());
		logger.info("Embedded S3 server (s3proxy) listening on {}, files under {}", this.endpoint, this.baseDirectory);
	}

	/** The URL clients connect to, e.g. {@code http://127.0.0.1:41234}. */
	public URI endpoint() {
		return this.endpoint;
	}

	public Path baseDirectory() {
		return this.baseDirectory;
	}

	@Override
	public void destroy() throws Exception {
		try {
			this.proxy.stop();
		}
		finally {
			this.blobStore.close();
		}
		logger.info("Embedded S3 server on {} stopped", this.endpoint);
	}

	/**
	 * Deletes the temporary files of writes that a process which stopped never finished.
	 * @return the files removed
	 */
	static List<Path> removeIncompleteWrites(Path baseDirectory) {
		List<Path> leftovers;
		try (Stream<Path> files = Files.walk(baseDirectory)) {
			leftovers = files.filter(Files::isRegularFile)
				.filter((file) -> INCOMPLETE_WRITE.matcher(file.getFileName().toString()).matches())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the object-storage folder " + baseDirectory, ex);
		}
		for (Path leftover : leftovers) {
			try {
				Files.delete(leftover);
				logger.warn("Removed {}: an object write that a stopped process never finished", leftover);
			}
			catch (IOException ex) {
				logger.warn("Could not remove the unfinished write {}: {}", leftover, ex.getMessage());
			}
		}
		return leftovers;
	}

	private static void warnWhenFileNamesAreNotUnicode() {
		String encoding = System.getProperty("sun.jnu.encoding", "");
		if (!StandardCharsets.UTF_8.name().equalsIgnoreCase(encoding)) {
			logger.warn("The JVM's file-name encoding is '{}', not UTF-8: the embedded object store cannot hold keys "
					+ "with non-ASCII characters. Start the JVM with a UTF-8 locale (e.g. LANG=C.UTF-8).", encoding);
		}
	}

}
