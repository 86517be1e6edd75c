package cn.beibugulf.roadtosea.ingest.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.local.LocalIngestProperties;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tika, the PDF check and the thumbnails on the real sample documents. */
class DocumentExtractorTests {

	private static DocumentExtractor extractor;

	@BeforeAll
	static void start() {
		extractor = new DocumentExtractor(settings(Duration.ofSeconds(60), true));
	}

	@AfterAll
	static void stop() {
		extractor.close();
	}

	@Test
	void extractsChineseTextFromAPdfWithAThumbnailOfItsFirstPage() throws IOException {
		ExtractedDocument document = extractor.extract(file("zh_pdf_simhei_simsun_gbk_slide.pdf"));

		assertThat(document.mime()).isEqualTo("application/pdf");
		assertThat(document.text()).contains("坚持社会主义核心价值体系").contains("增强文化自觉和文化自信");
		assertThat(document.pages()).isEqualTo(1);
		assertThat(thumbnail(document)).satisfies((image) -> {
			assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(320);
		});
	}

	@Test
	void extractsChineseTextAndMetadataFromWordDocuments() {
		ExtractedDocument docx = extractor.extract(file("zh_docx_nuclear_psr_guide_part1_draft.docx"));
		ExtractedDocument doc = extractor.extract(file("核电厂定期安全审查指南 第1部分：通用要求（征求意见稿）.doc"));

		assertThat(docx.mime()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(docx.text()).contains("核电厂定期安全评价").contains("国家能源局");
		assertThat(docx.title()).isEqualTo("标准名称");
		assertThat(docx.pages()).isEqualTo(15);
		assertThat(doc.mime()).isEqualTo("application/msword");
		assertThat(doc.text()).contains("核电厂定期安全评价");
		assertThat(docx.thumbnail()).isNull();
	}

	@Test
	void readsImageMetadataAndMakesAThumbnail() throws IOException {
		ExtractedDocument photo = extractor.extract(file("jpeg_xmp_swedish_title_description_comment.jpg"));

		assertThat(photo.mime()).isEqualTo("image/jpeg");
		assertThat(photo.title()).isEqualTo("Tosteberga Ängar");
		assertThat(photo.creators()).containsExactly("Some Tourist");
		assertThat(photo.subjects()).contains("bird watching");
		assertThat(photo.text()).isBlank();
		BufferedImage original = ImageIO.read(SampleDocuments.file("jpeg_xmp_swedish_title_description_comment.jpg").toFile());
		BufferedImage image = thumbnail(photo);
		assertThat(Math.max(image.getWidth(), image.getHeight()))
			.isEqualTo(Math.min(320, Math.max(original.getWidth(), original.getHeight())));
	}

	@Test
	void anEncryptedPdfIsRefusedWithTheReason() {
		assertThatThrownBy(() -> extractor.extract(file("pdf_encrypted_no_extract_permissions.pdf")))
			.isInstanceOfSatisfying(LocalItemException.class, (failure) -> {
				assertThat(failure.stage()).isEqualTo(FailureStage.PARSE);
				assertThat(failure.identifier()).isEqualTo("docs/pdf_encrypted_no_extract_permissions.pdf");
				assertThat(failure.getMessage()).startsWith("the file is encrypted (password protected)");
			});
	}

	@Test
	void aPdfWhoseCompressedStreamFailsItsChecksumIsRefusedAsDamaged() {
		assertThatThrownBy(() -> extractor.extract(file("BROKEN_pdf_corrupted_zen_of_python.pdf")))
			.isInstanceOfSatisfying(LocalItemException.class, (failure) -> {
				assertThat(failure.stage()).isEqualTo(FailureStage.PARSE);
				assertThat(failure.getMessage()).startsWith("the PDF is damaged: stream 5 0 R is damaged")
					.contains("incorrect data check");
			});
	}

	@Test
	void withTheCheckSwitchedOffTheDamagedPdfIsReadAsPdfBoxRepairsIt() {
		DocumentExtractor lenient = new DocumentExtractor(settings(Duration.ofSeconds(60), false));
		try {
			assertThat(lenient.extract(file("BROKEN_pdf_corrupted_zen_of_python.pdf")).text())
				.contains("Beautiful is better than ugly.");
		}
		finally {
			lenient.close();
		}
	}

	@Test
	void intactPdfsPassTheStreamCheck() throws IOException {
		for (String name : new String[] { "pdf_tika_basic_with_metadata.pdf", "pdf_xmp_title_three_languages.pdf",
				"zh_pdf_simhei_simsun_gbk_slide.pdf", "zh_pdf_simplified_knowledge_base_template.pdf" }) {
			assertThat(PdfStreams.damage(SampleDocuments.file(name))).as(name).isEmpty();
		}
	}

	@Test
	void aPdfTikaCannotReadAtAllIsRefusedWithTikasReason() {
		assertThatThrownBy(() -> extractor.extract(file("zh_pdf_simplified_knowledge_base_template.pdf")))
			.isInstanceOfSatisfying(LocalItemException.class, (failure) -> assertThat(failure.getMessage())
				.isEqualTo("Tika could not parse the file: Unable to extract PDF content (Missing descendant font dictionary)"));
	}

	@Test
	void aParseThatRunsOutOfTimeIsGivenUp() {
		DocumentExtractor impatient = new DocumentExtractor(settings(Duration.ofMillis(1), true));
		try {
			assertThatThrownBy(() -> impatient.extract(file("epub3_multi_title_multi_language_metadata.epub")))
				.isInstanceOfSatisfying(LocalItemException.class, (failure) -> {
					assertThat(failure.stage()).isEqualTo(FailureStage.PARSE);
					assertThat(failure.getMessage()).startsWith("parsing took longer than PT0.001S");
				});
		}
		finally {
			impatient.close();
		}
	}

	@Test
	void anEmptyFileIsRefused(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
		Path empty = Files.createFile(temp.resolve("empty.pdf"));

		assertThatThrownBy(() -> extractor.extract(new LocalFile("docs/empty.pdf", empty, 0, "e3b0", null, null)))
			.isInstanceOf(LocalItemException.class)
			.hasMessage("the file is empty");
	}

	private static LocalFile file(String name) {
		Path path = SampleDocuments.file(name);
		try {
			return new LocalFile("docs/" + name, path, Files.size(path), "sha", null, null);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static BufferedImage thumbnail(ExtractedDocument document) throws IOException {
		assertThat(document.thumbnail()).isNotNull();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(document.thumbnail()));
		assertThat(image).isNotNull();
		return image;
	}

	static LocalIngestProperties.Files settings(Duration timeout, boolean verifyPdfStreams) {
		return new LocalIngestProperties.Files(10, 100, DataSize.ofMegabytes(100), 1000, DataSize.ofGigabytes(1), 100,
				timeout, 1_000_000, 320, verifyPdfStreams);
	}

}
