package cn.beibugulf.roadtosea.ingest.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageIO;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.beibugulf.roadtosea.ingest.HarvestMode;
import cn.beibugulf.roadtosea.ingest.HarvestRun;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.failure.HarvestFailure;
import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.local.IndexedRecords;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.RecordFile;
import cn.beibugulf.roadtosea.storage.ObjectStore;
import cn.beibugulf.roadtosea.storage.StoredObject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code filesHarvestJob} end to end on the embedded Elasticsearch node, s3proxy and H2, over a
 * folder of real sample documents (copied from {@code ../shared/data/real-samples/documents} at
 * test time) and ZIP archives written here: a GBK-named entry, a zip bomb, a zip-slip entry.
 */
@SpringBootTest(classes = IngestTestApplication.class, properties = "portal.ingest.files.chunk-size=3")
class FilesHarvestJobIntegrationTests {

	static {
		TestDataDirectory.use("files-harvest");
	}

	private static final String SLIDE = "zh_pdf_simhei_simsun_gbk_slide.pdf";

	private static final String DOCX = "zh_docx_nuclear_psr_guide_part1_draft.docx";

	private static final String DOC = "核电厂定期安全审查指南 第1部分：通用要求（征求意见稿）.doc";

	private static final String PHOTO = "jpeg_xmp_swedish_title_description_comment.jpg";

	private static final String ZIPPED_PHOTO = "jpeg_exif_xmp_iptc_cyrillic_keywords.jpg";

	private static final String EPUB = "epub2_tika_basic.epub";

	private static final String ENCRYPTED = "pdf_encrypted_no_extract_permissions.pdf";

	private static final String BROKEN = "BROKEN_pdf_corrupted_zen_of_python.pdf";

	@Autowired
	private HarvestService harvests;

	@Autowired
	private ImportFolder importFolder;

	@Autowired
	private ObjectStore objectStore;

	@Autowired
	private ElasticsearchClient elasticsearch;

	private IndexedRecords index;

	@BeforeEach
	void index() {
		this.index = new IndexedRecords(this.elasticsearch);
	}

	@Test
	void harvestsAFolderOfRealDocumentsStoringEachFileOnceAndRecordingWhatItCannotRead() throws Exception {
		Path collection = this.importFolder.root().resolve("collection");
		copy(SLIDE, collection.resolve("文化自信.pdf"));
		copy(SLIDE, collection.resolve("copies/slide-copy.pdf"));
		copy(DOCX, collection.resolve(DOCX));
		copy(DOC, collection.resolve("word/" + DOC));
		copy(PHOTO, collection.resolve("photos/" + PHOTO));
		copy(EPUB, collection.resolve(EPUB));
		copy(ENCRYPTED, collection.resolve(ENCRYPTED));
		copy(BROKEN, collection.resolve(BROKEN));
		TestZips.create()
			.entry("北海老街骑楼.txt", "北海老街的骑楼建于清末民初，中西合璧，是北海近代历史的见证。")
			.entry("涠洲岛/火山口.jpg", Files.readAllBytes(SampleDocuments.file(ZIPPED_PHOTO)))
			.writeTo(collection.resolve("老照片.zip"), Charset.forName("GBK"));
		TestZips.create()
			.entry("readme.txt", "钦州坭兴陶")
			.zeros("bomb.bin", 8L * 1024 * 1024)
			.writeTo(collection.resolve("bomb.zip"));
		TestZips.create()
			.entry("../../escape.txt", "越界")
			.entry("ok/北部湾.txt", "北部湾经济区图书馆服务联盟")
			.writeTo(collection.resolve("slip.zip"));
		HarvestSource source = this.harvests.register(HarvestSource.files("bh-files", "北海地方文献", "file:collection",
				"北海市图书馆", "北海", List.of("origins"), List.of("history")));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.exitDescription()).isEqualTo("4 item(s) skipped; their reasons are in harvest_failure");
		assertThat(run.read()).isEqualTo(14);
		assertThat(run.written()).isEqualTo(10);
		assertThat(run.skipped()).isEqualTo(4);
		assertThat(this.harvests.failures(run.executionId()))
			.extracting(HarvestFailure::recordIdentifier, HarvestFailure::stage)
			.containsExactlyInAnyOrder(tuple("collection/" + ENCRYPTED, FailureStage.PARSE),
					tuple("collection/" + BROKEN, FailureStage.PARSE), tuple("collection/bomb.zip!/bomb.bin", FailureStage.READ),
					tuple("collection/slip.zip!/../../escape.txt", FailureStage.READ));
		assertThat(reason(run, ENCRYPTED)).startsWith("the file is encrypted (password protected)");
		assertThat(reason(run, BROKEN)).startsWith("the PDF is damaged: stream 5 0 R is damaged")
			.contains("incorrect data check");
		assertThat(reason(run, "bomb.bin")).contains("refused as a zip bomb");
		assertThat(reason(run, "escape.txt")).contains("zip slip");

		// 9 distinct files: the slide is there twice
		assertThat(this.index.count(source.id())).isEqualTo(9);

		String slideSha = sha256(SampleDocuments.file(SLIDE));
		PortalRecord slide = this.index.get("bh-files:" + slideSha);
		assertThat(slide.type()).isEqualTo("article");
		assertThat(slide.hasFullText()).isTrue();
		assertThat(slide.language()).isEqualTo("zh-CN");
		assertThat(slide.modules()).containsExactly("origins");
		assertThat(this.objectStore.list("files/" + slideSha)).extracting(StoredObject::key)
			.containsExactly("files/" + slideSha, "files/" + slideSha + ".thumb.jpg");
		assertThat(this.objectStore.get("files/" + slideSha)).hasValue(Files.readAllBytes(SampleDocuments.file(SLIDE)));
		assertThat(this.index.searchPhrase(source.id(), "fullText", "增强文化自觉和文化自信")).extracting(PortalRecord::id)
			.containsExactly(slide.id());
		assertThat(thumbnail(slide)).satisfies((image) -> assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(320));

		List<PortalRecord> nuclear = this.index.searchPhrase(source.id(), "fullText", "核电厂定期安全评价");
		assertThat(nuclear).extracting(PortalRecord::title)
			.containsExactlyInAnyOrder("zh_docx_nuclear_psr_guide_part1_draft", "核电厂定期安全审查指南 第1部分：通用要求（征求意见稿）");
		assertThat(nuclear).extracting((record) -> record.files().getFirst().mime())
			.containsExactlyInAnyOrder("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/msword");

		PortalRecord photo = this.index.get("bh-files:" + sha256(SampleDocuments.file(PHOTO)));
		assertThat(photo.type()).isEqualTo("image");
		assertThat(photo.title()).isEqualTo("Tosteberga Ängar");
		assertThat(photo.files()).singleElement().satisfies((file) -> {
			assertThat(file.mime()).isEqualTo("image/jpeg");
			assertThat(file.name()).isEqualTo("collection/photos/" + PHOTO);
			assertThat(file.bytes()).isEqualTo(Files.size(SampleDocuments.file(PHOTO)));
		});
		assertThat(thumbnail(photo).getWidth()).isLessThanOrEqualTo(320);

		PortalRecord street = this.index.searchPhrase(source.id(), "fullText", "中西合璧").getFirst();
		assertThat(street.title()).isEqualTo("北海老街骑楼");
		assertThat(street.files().getFirst().name()).isEqualTo("collection/老照片.zip!/北海老街骑楼.txt");
		assertThat(street.places()).extracting(cn.beibugulf.roadtosea.record.Place::name).contains("北海");
		PortalRecord volcano = this.index.get("bh-files:" + sha256(SampleDocuments.file(ZIPPED_PHOTO)));
		assertThat(volcano.files().getFirst().name()).isEqualTo("collection/老照片.zip!/涠洲岛/火山口.jpg");
		assertThat(volcano.files().getFirst().thumb()).isNotNull();
		assertThat(this.index.get("bh-files:" + sha256(SampleDocuments.file(EPUB))).type()).isEqualTo("book");
		assertThat(this.index.searchPhrase(source.id(), "fullText", "北部湾经济区图书馆服务联盟")).hasSize(1);

		Instant storedAt = this.objectStore.stat("files/" + slideSha).orElseThrow().lastModified();
		HarvestRun again = this.harvests.runAndWait(source.id(), HarvestMode.FULL);

		assertThat(again.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(again.written()).isEqualTo(10);
		assertThat(this.index.count(source.id())).isEqualTo(9);
		assertThat(this.objectStore.stat("files/" + slideSha).orElseThrow().lastModified()).isEqualTo(storedAt);
	}

	@Test
	void aZipArchiveCanBeTheSourceItself() throws Exception {
		Path archive = this.importFolder.root().resolve("deliveries/钦州.zip");
		TestZips.create()
			.entry("钦州坭兴陶.txt", "钦州坭兴陶是中国四大名陶之一。")
			.entry(DOCX, Files.readAllBytes(SampleDocuments.file(DOCX)))
			.writeTo(archive, Charset.forName("GBK"));
		HarvestSource source = this.harvests.register(HarvestSource.files("qz-zip", "钦州投递", "file:deliveries/钦州.zip",
				"钦州市图书馆", "钦州", List.of(), List.of()));

		HarvestRun run = this.harvests.runAndWait(source.id());

		assertThat(run.exitCode()).isEqualTo("COMPLETED");
		assertThat(this.index.all(source.id())).extracting((record) -> record.files().getFirst())
			.extracting(RecordFile::name)
			.containsExactlyInAnyOrder("deliveries/钦州.zip!/钦州坭兴陶.txt", "deliveries/钦州.zip!/" + DOCX);
	}

	private String reason(HarvestRun run, String nameEnd) {
		return this.harvests.failures(run.executionId())
			.stream()
			.filter((failure) -> failure.recordIdentifier().endsWith(nameEnd))
			.findFirst()
			.orElseThrow()
			.reason();
	}

	private BufferedImage thumbnail(PortalRecord record) throws IOException {
		String key = record.files().getFirst().thumb();
		assertThat(key).isEqualTo(record.files().getFirst().key() + ".thumb.jpg");
		byte[] jpeg = this.objectStore.get(key).orElseThrow();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
		assertThat(image).isNotNull();
		return image;
	}

	private static void copy(String sample, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		Files.copy(SampleDocuments.file(sample), target);
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
