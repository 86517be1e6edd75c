package cn.beibugulf.roadtosea.ingest.files;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.util.unit.DataSize;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.local.ImportFolderException;
import cn.beibugulf.roadtosea.ingest.local.LocalIngestProperties;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalFileReaderTests {

	@TempDir
	Path temp;

	private ImportFolder folder;

	@Test
	void readsEveryFileOfTheFolderInPathOrderWithItsSha256AndSkipsHiddenFiles() throws Exception {
		Path collection = collection();
		Files.writeString(collection.resolve("b.txt"), "涠洲岛火山", StandardCharsets.UTF_8);
		Files.createDirectories(collection.resolve("a"));
		Files.writeString(collection.resolve("a/c.txt"), "合浦汉墓", StandardCharsets.UTF_8);
		Files.writeString(collection.resolve(".DS_Store"), "x");
		Files.createDirectories(collection.resolve(".git"));
		Files.writeString(collection.resolve(".git/config"), "x");

		List<LocalFile> files = readAll(reader("file:beihai", limits(DataSize.ofMegabytes(1), 100, 100)));

		assertThat(files).extracting(LocalFile::name).containsExactly("beihai/a/c.txt", "beihai/b.txt");
		assertThat(files.get(1).sha256()).isEqualTo(sha256("涠洲岛火山".getBytes(StandardCharsets.UTF_8)));
		assertThat(files.get(1).size()).isEqualTo("涠洲岛火山".getBytes(StandardCharsets.UTF_8).length);
		assertThat(files.get(1).path()).isEqualTo(collection.resolve("b.txt"));
		assertThat(files).allSatisfy((file) -> assertThat(file.refusal()).isNull());
	}

	@Test
	void unpacksZipEntriesDecodingGbkNamesAndDeletesTheCopiesOnceTheChunkIsCommitted() throws Exception {
		Path collection = collection();
		TestZips.create()
			.entry("老照片/北海老街骑楼.txt", "北海老街的骑楼建于清末民初。")
			.entry("老照片/", new byte[0])
			.writeTo(collection.resolve("photos.zip"), Charset.forName("GBK"));

		LocalFileReader reader = reader("file:beihai", limits(DataSize.ofMegabytes(1), 100, 100));
		reader.open(new ExecutionContext());
		LocalFile entry = reader.read();
		assertThat(reader.read()).isNull();

		assertThat(entry.name()).isEqualTo("beihai/photos.zip!/老照片/北海老街骑楼.txt");
		assertThat(entry.baseName()).isEqualTo("北海老街骑楼");
		assertThat(Files.readString(entry.path())).isEqualTo("北海老街的骑楼建于清末民初。");
		assertThat(entry.sha256()).isEqualTo(sha256("北海老街的骑楼建于清末民初。".getBytes(StandardCharsets.UTF_8)));
		reader.update(new ExecutionContext());
		assertThat(entry.path()).doesNotExist();
		reader.close();
	}

	@Test
	void refusesZipSlipNamesNestedArchivesAndZipBombsButKeepsTheOtherEntries() throws Exception {
		Path collection = collection();
		TestZips.create()
			.entry("../../evil.txt", "escaped")
			.entry("/etc/cron.d/evil", "escaped")
			.entry("inner.zip", "PK")
			.entry("ok.txt", "钦州坭兴陶")
			.zeros("bomb.bin", 3 * 1024 * 1024)
			.writeTo(collection.resolve("mixed.zip"));

		List<LocalFile> files = readAll(reader("file:beihai/mixed.zip", limits(DataSize.ofMegabytes(20), 100, 100)));

		assertThat(files).extracting(LocalFile::name)
			.containsExactly("beihai/mixed.zip!/../../evil.txt", "beihai/mixed.zip!//etc/cron.d/evil",
					"beihai/mixed.zip!/inner.zip", "beihai/mixed.zip!/ok.txt", "beihai/mixed.zip!/bomb.bin");
		assertThat(files.get(0).refusal().reason()).contains("zip slip");
		assertThat(files.get(1).refusal().reason()).contains("zip slip");
		assertThat(files.get(2).refusal().reason()).contains("archive inside an archive");
		assertThat(files.get(3).refusal()).isNull();
		assertThat(files.get(4).refusal()).satisfies((refusal) -> {
			assertThat(refusal.stage()).isEqualTo(FailureStage.READ);
			assertThat(refusal.reason()).contains("zip bomb").contains("max-compression-ratio");
		});
	}

	@Test
	void refusesEntriesAndFilesOverTheSizeLimitAndArchivesWithTooManyEntries() throws Exception {
		Path collection = collection();
		Files.write(collection.resolve("big.bin"), new byte[3000]);
		TestZips.create().entry("small.txt", "北部湾").zeros("large.bin", 5000).writeTo(collection.resolve("a.zip"));
		TestZips.create().entry("1.txt", "1").entry("2.txt", "2").entry("3.txt", "3").writeTo(collection.resolve("b.zip"));

		List<LocalFile> files = readAll(reader("file:beihai", limits(DataSize.ofBytes(2000), 2, 1000)));

		assertThat(files).extracting(LocalFile::name)
			.containsExactly("beihai/a.zip!/small.txt", "beihai/a.zip!/large.bin", "beihai/b.zip", "beihai/big.bin");
		assertThat(files.get(0).refusal()).isNull();
		assertThat(files.get(1).refusal().reason()).contains("too large").contains("max-file-size");
		assertThat(files.get(2).refusal().reason()).contains("3 entries").contains("max-archive-entries");
		assertThat(files.get(3).refusal().reason()).contains("too large");
	}

	@Test
	void aRestartPassesOverTheFilesAlreadyCommitted() throws Exception {
		Path collection = collection();
		for (int i = 1; i <= 4; i++) {
			Files.writeString(collection.resolve(i + ".txt"), "第" + i + "篇");
		}
		LocalFileReader first = reader("file:beihai", limits(DataSize.ofMegabytes(1), 100, 100));
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		first.read();
		first.read();
		first.update(context);
		first.close();

		LocalFileReader restarted = reader("file:beihai", limits(DataSize.ofMegabytes(1), 100, 100));
		restarted.open(context);

		assertThat(restarted.read().name()).isEqualTo("beihai/3.txt");
		restarted.close();
	}

	@Test
	void aSourceOutsideTheImportFolderFailsToOpen() throws IOException {
		collection();
		LocalFileReader reader = reader("file:../elsewhere", limits(DataSize.ofMegabytes(1), 100, 100));

		assertThatThrownBy(() -> reader.open(new ExecutionContext())).hasRootCauseInstanceOf(ImportFolderException.class)
			.rootCause()
			.hasMessageContaining("outside the import folder");
	}

	private Path collection() throws IOException {
		this.folder = new ImportFolder(this.temp.resolve("import"));
		return Files.createDirectories(this.folder.root().resolve("beihai"));
	}

	private LocalFileReader reader(String baseUrl, LocalIngestProperties.Files limits) {
		HarvestSource source = HarvestSource.files("beihai-files", "北海", baseUrl, "北海市图书馆", "北海", List.of(),
				List.of());
		return new LocalFileReader(source, this.folder, limits);
	}

	private static LocalIngestProperties.Files limits(DataSize maxFile, int maxEntries, int maxRatio) {
		return new LocalIngestProperties.Files(10, 100, maxFile, maxEntries, DataSize.ofGigabytes(1), maxRatio,
				java.time.Duration.ofSeconds(30), 1000, 320, true);
	}

	private static List<LocalFile> readAll(LocalFileReader reader) throws Exception {
		reader.open(new ExecutionContext());
		List<LocalFile> files = new ArrayList<>();
		for (LocalFile file = reader.read(); file != null; file = reader.read()) {
			files.add(file);
		}
		reader.close();
		return files;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
