package cn.beibugulf.roadtosea.ingest.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.util.FileSystemUtils;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.local.ImportFolderException;
import cn.beibugulf.roadtosea.ingest.local.LocalIngestProperties;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.job.HarvestItemReader;

/**
 * Reads the files of a local source: every file under the folder its {@code file:} URL names (in
 * path order; hidden files and symbolic links are passed over), and the entries of every ZIP
 * archive there — or of the one archive the URL names. Each file comes with its SHA-256; a ZIP
 * entry is unpacked to a temporary file first, within the limits: at most
 * {@code max-archive-entries} entries (else the archive is refused as a whole),
 * {@code max-file-size} per entry, {@code max-archive-size} for all of them, and no more than
 * {@code max-compression-ratio} times its compressed size. Entries whose names leave the archive
 * ("zip slip") and nested archives are refused; refusals are items too, so the processor can skip
 * and record them.
 *
 * <p>Temporary files live until the chunk that read them is committed. Restartable: the listing is
 * made again and the files already committed are passed over without being read.
 */
public class LocalFileReader extends HarvestItemReader<LocalFile> {

	private static final Logger logger = LoggerFactory.getLogger(LocalFileReader.class);

	/** The compression ratio is checked only once an entry has unpacked to more than this. */
	static final long RATIO_FLOOR = 1024 * 1024;

	private static final String SIZE_PROPERTY = "portal.ingest.files.max-file-size";

	private final HarvestSource source;

	private final ImportFolder folder;

	private final LocalIngestProperties.Files limits;

	private final List<Candidate> candidates = new ArrayList<>();

	private final List<OpenArchive> archives = new ArrayList<>();

	private final List<Path> handedOut = new ArrayList<>();

	private Path workDirectory;

	private int next;

	public LocalFileReader(HarvestSource source, ImportFolder folder, LocalIngestProperties.Files limits) {
		this.source = source;
		this.folder = folder;
		this.limits = limits;
		setName("localFileReader");
	}

	@Override
	protected void doOpen() throws IOException {
		Path root = this.folder.resolve(this.source.baseUrl());
		if (Files.isSymbolicLink(root)) {
			throw new ImportFolderException(this.source.baseUrl() + " is a symbolic link: name the folder or file itself");
		}
		this.workDirectory = Files.createTempDirectory("roadtosea-files-");
		if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
			List<Path> paths;
			try (Stream<Path> walk = Files.walk(root)) {
				paths = walk.filter((path) -> !path.equals(root)).sorted(Comparator.comparing(Path::toString)).toList();
			}
			for (Path path : paths) {
				addPath(root, path);
			}
		}
		else if (isZip(root)) {
			addArchive(root);
		}
		else if (Files.isRegularFile(root, LinkOption.NOFOLLOW_LINKS)) {
			this.candidates.add(new Candidate.Plain(root, this.folder.relative(root)));
		}
		else {
			throw new ImportFolderException(this.source.baseUrl() + " is neither a folder nor a file");
		}
		this.next = 0;
		logger.info("Source {}: {} file(s) to read under {}", this.source.id(), this.candidates.size(),
				this.folder.relative(root));
	}

	@Override
	protected LocalFile doRead() {
		if (this.next >= this.candidates.size()) {
			return null;
		}
		Candidate candidate = this.candidates.get(this.next++);
		return switch (candidate) {
			case Candidate.Refused refused -> LocalFile.refused(refused.name(), refused.stage(), refused.reason());
			case Candidate.Plain plain -> readPlain(plain);
			case Candidate.ArchiveEntry entry -> unpack(entry);
		};
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		int target = Math.min(itemIndex, this.candidates.size());
		for (int i = this.next; i < target; i++) {
			if (this.candidates.get(i) instanceof Candidate.ArchiveEntry entry) {
				entry.archive().unpacked += entry.entry().declaredSize();
			}
		}
		this.next = target;
	}

	@Override
	protected Long remaining() {
		return (long) this.candidates.size() - this.next;
	}

	/** Called after every committed chunk: the temporary files read so far are no longer needed. */
	@Override
	public void update(ExecutionContext executionContext) throws ItemStreamException {
		super.update(executionContext);
		this.handedOut.forEach(LocalFileReader::deleteQuietly);
		this.handedOut.clear();
	}

	@Override
	protected void doClose() {
		for (OpenArchive archive : this.archives) {
			try {
				archive.zip().close();
			}
			catch (IOException ex) {
				logger.debug("Closing {} failed", archive.name(), ex);
			}
		}
		this.archives.clear();
		this.candidates.clear();
		this.handedOut.clear();
		if (this.workDirectory != null) {
			FileSystemUtils.deleteRecursively(this.workDirectory.toFile());
			this.workDirectory = null;
		}
	}

	private void addPath(Path root, Path path) {
		String name = this.folder.relative(path);
		for (Path segment : root.relativize(path)) {
			if (segment.toString().startsWith(".")) {
				return;
			}
		}
		if (Files.isSymbolicLink(path)) {
			this.candidates.add(new Candidate.Refused(name, FailureStage.READ,
					"a symbolic link: links are not followed out of the import folder"));
		}
		else if (isZip(path)) {
			addArchive(path);
		}
		else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
			this.candidates.add(new Candidate.Plain(path, name));
		}
	}

	private static boolean isZip(Path path) {
		return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && isZipName(path);
	}

	private static boolean isZipName(Path path) {
		return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	private void addArchive(Path path) {
		String name = this.folder.relative(path);
		ZipArchive zip;
		try {
			zip = ZipArchive.open(path);
		}
		catch (IOException | RuntimeException ex) {
			this.candidates.add(new Candidate.Refused(name, FailureStage.READ, "not a readable ZIP archive: " + ex.getMessage()));
			return;
		}
		List<ZipArchive.Entry> entries = zip.entries();
		if (entries.size() > this.limits.maxArchiveEntries()) {
			closeQuietly(zip);
			this.candidates.add(new Candidate.Refused(name, FailureStage.READ, "the archive holds " + entries.size()
					+ " entries, more than " + this.limits.maxArchiveEntries()
					+ " (portal.ingest.files.max-archive-entries): refused as a whole"));
			return;
		}
		OpenArchive archive = new OpenArchive(name, zip);
		this.archives.add(archive);
		for (ZipArchive.Entry entry : entries) {
			String entryName = name + "!/" + entry.name();
			if (ZipArchive.escapes(entry.name())) {
				this.candidates.add(new Candidate.Refused(entryName, FailureStage.READ,
						"the entry name leads out of the archive (zip slip): refused"));
			}
			else if (entry.isDirectory() || entry.name().substring(entry.name().lastIndexOf('/') + 1).startsWith(".")) {
				continue;
			}
			else if (entry.entry().isUnixSymlink()) {
				this.candidates.add(new Candidate.Refused(entryName, FailureStage.READ,
						"a symbolic link inside the archive: not followed"));
			}
			else if (entry.name().toLowerCase(Locale.ROOT).endsWith(".zip")) {
				this.candidates.add(new Candidate.Refused(entryName, FailureStage.READ,
						"an archive inside an archive is not opened: unpack it into the folder first"));
			}
			else {
				this.candidates.add(new Candidate.ArchiveEntry(archive, entry, entryName));
			}
		}
	}

	private LocalFile readPlain(Candidate.Plain plain) {
		try {
			long size = Files.size(plain.path());
			if (size > this.limits.maxFileSize().toBytes()) {
				return tooLarge(plain.name(), size + " bytes");
			}
			MessageDigest digest = sha256();
			try (InputStream in = Files.newInputStream(plain.path());
					OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
				in.transferTo(out);
			}
			return new LocalFile(plain.name(), plain.path(), size, HexFormat.of().formatHex(digest.digest()),
					Files.getLastModifiedTime(plain.path()).toInstant(), null);
		}
		catch (IOException ex) {
			return LocalFile.refused(plain.name(), FailureStage.READ, "cannot be read: " + ex.getMessage());
		}
	}

	private LocalFile unpack(Candidate.ArchiveEntry candidate) {
		OpenArchive archive = candidate.archive();
		ZipArchive.Entry entry = candidate.entry();
		long maxFile = this.limits.maxFileSize().toBytes();
		long maxArchive = this.limits.maxArchiveSize().toBytes();
		if (archive.unpacked > maxArchive) {
			return LocalFile.refused(candidate.name(), FailureStage.READ, "the entries of " + archive.name()
					+ " already unpacked to more than " + this.limits.maxArchiveSize()
					+ " (portal.ingest.files.max-archive-size): refused");
		}
		if (entry.declaredSize() > maxFile) {
			return tooLarge(candidate.name(), entry.declaredSize() + " bytes unpacked");
		}
		if (!archive.zip().canRead(entry)) {
			return LocalFile.refused(candidate.name(), FailureStage.READ,
					"the entry is encrypted or compressed with an unsupported method");
		}
		Path target;
		try {
			target = Files.createTempFile(this.workDirectory, "entry-", ".bin");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary file in " + this.workDirectory, ex);
		}
		this.handedOut.add(target);
		MessageDigest digest = sha256();
		long limitByRatio = (long) this.limits.maxCompressionRatio() * Math.max(1, entry.compressedSize());
		long written = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = archive.zip().open(entry);
				OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
			int n;
			while ((n = in.read(buffer)) != -1) {
				written += n;
				archive.unpacked += n;
				if (written > maxFile) {
					return tooLarge(candidate.name(), "more than " + this.limits.maxFileSize() + " unpacked");
				}
				if (written > RATIO_FLOOR && written > limitByRatio) {
					return LocalFile.refused(candidate.name(), FailureStage.READ, "the entry unpacks to more than "
							+ this.limits.maxCompressionRatio() + " times its compressed size of " + entry.compressedSize()
							+ " bytes (portal.ingest.files.max-compression-ratio): refused as a zip bomb");
				}
				if (archive.unpacked > maxArchive) {
					return LocalFile.refused(candidate.name(), FailureStage.READ, "the entries of " + archive.name()
							+ " unpack to more than " + this.limits.maxArchiveSize()
							+ " (portal.ingest.files.max-archive-size): refused");
				}
				out.write(buffer, 0, n);
			}
		}
		catch (IOException | RuntimeException ex) {
			return LocalFile.refused(candidate.name(), FailureStage.READ, "cannot be unpacked: " + ex.getMessage());
		}
		Instant modified = (entry.entry().getLastModifiedDate() != null)
				? entry.entry().getLastModifiedDate().toInstant() : null;
		return new LocalFile(candidate.name(), target, written, HexFormat.of().formatHex(digest.digest()), modified,
				null);
	}

	private LocalFile tooLarge(String name, String size) {
		return LocalFile.refused(name, FailureStage.READ,
				"the file is too large (" + size + "; the limit is " + this.limits.maxFileSize() + ", " + SIZE_PROPERTY + ")");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			logger.debug("Could not delete {}", path, ex);
		}
	}

	private static void closeQuietly(ZipArchive zip) {
		try {
			zip.close();
		}
		catch (IOException ex) {
			logger.debug("Could not close an archive", ex);
		}
	}

	/** A ZIP archive open while the step runs, and how many bytes its entries unpacked to so far. */
	private static final class OpenArchive {

		private final String name;

		private final ZipArchive zip;

		private long unpacked;

		OpenArchive(String name, ZipArchive zip) {
			this.name = name;
			this.zip = zip;
		}

		String name() {
			return this.name;
		}

		ZipArchive zip() {
			return this.zip;
		}

	}

	/** What the listing found. */
	private sealed interface Candidate {

		record Plain(Path path, String name) implements Candidate {
		}

		record ArchiveEntry(OpenArchive archive, ZipArchive.Entry entry, String name) implements Candidate {
		}

		record Refused(String name, FailureStage stage, String reason) implements Candidate {
		}

	}

}
