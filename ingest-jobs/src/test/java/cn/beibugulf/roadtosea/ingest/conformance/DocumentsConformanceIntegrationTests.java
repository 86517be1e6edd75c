package cn.beibugulf.roadtosea.ingest.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Runs {@code filesHarvestJob} over every real third-party document in
 * {@code ../shared/data/real-samples/documents} (copied into the import folder at test time, never
 * into the repository). Every file must have an expectation here: a well-formed file is indexed as
 * one record whose title or searchable text holds a phrase read from the file (Chinese for the zh_
 * files); every BROKEN_ file and the encrypted PDF is refused with a clear reason in
 * {@code harvest_failure}, the run goes on, and nothing else is indexed. A summary table is logged.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class DocumentsConformanceIntegrationTests {

	static {
		TestDataDirectory.use("documents-conformance");
	}

	private static final Logger logger = LoggerFactory.getLogger(DocumentsConformanceIntegrationTests.class);

	private static final String FOLDER = "real-documents";

	/** What one document must give: a record (title and/or a phrase of its text) or a refusal. */
	private record Expected(@Nullable String title, @Nullable String phrase, @Nullable String subject,
			@Nullable String refusal) {

		boolean indexed() {
			return this.refusal == null;
		}

	}

	private static final Map<String, Expected> DOCUMENTS = new LinkedHashMap<>();

	static {
		refused("BROKEN_pdf_corrupted_zen_of_python.pdf", "the PDF is damaged: stream 5 0 R is damaged");
		refused("BROKEN_zh_pdf_simsun_no_tounicode_garbled.pdf",
				"the PDF's text is garbled: its fonts have no Unicode mapping, so Chinese comes out as Latin letters, "
						+ "e.g. '±±¶·ÐÇ' (GBK for 北斗星)");
		refused("pdf_encrypted_no_extract_permissions.pdf", "the file is encrypted (password protected)");
		// PDFBox cannot read the Type 0 fonts of this one (no descendant font): not a BROKEN_ sample,
		// but no text can be extracted, so it is refused with PDFBox's reason rather than indexed empty
		refused("zh_pdf_simplified_knowledge_base_template.pdf",
				"Tika could not parse the file: Unable to extract PDF content (Missing descendant font dictionary)");
		indexed("docx_custom_properties.docx", "My Title", "Document content");
		indexed("epub2_tika_basic.epub", "An ePub for Tika", "This is the text for chapter One");
		indexed("epub3_multi_title_multi_language_metadata.epub", "The Inheritors", "Joseph Conrad and Ford Madox Ford");
		indexed("epub_content_docs_with_xml_extension.epub", "1984", "It was a bright cold day in April");
		indexed("html_conflicting_meta_charsets.html", null, "الاتحاد الجزائري");
		indexed("html_meta_charset_typo_uft8.html", "The Death of Goldman Sachs", "A misleading title to draw readers");
		indexed("html_utf16le_meta_charset.html", "html_utf16le_meta_charset", "This is a sample text");
		indexed("jpeg_exif_empty_datetime.jpg", "jpeg_exif_empty_datetime", null);
		DOCUMENTS.put("jpeg_exif_xmp_iptc_cyrillic_keywords.jpg",
				new Expected("jpeg_exif_xmp_iptc_cyrillic_keywords", null, "moscow-birds", null));
		indexed("jpeg_xmp_swedish_title_description_comment.jpg", "Tosteberga Ängar", null);
		indexed("pdf_tika_basic_with_metadata.pdf", "Apache Tika - Apache Tika",
				"Apache Tika is a toolkit for detecting and extracting metadata");
		indexed("pdf_xmp_title_three_languages.pdf", "Hello World", null);
		indexed("zh_docx_nuclear_psr_guide_part1_draft.docx", null, "核电厂定期安全评价");
		indexed("zh_html_juejin_article_ssr.html", "一文读懂Flutter的三棵树渲染机制和原理", "根据我国《网络安全法》");
		indexed("zh_html_woshipm_article.html", "你为用户做总结了吗？ | 人人都是产品经理", "系统学习BAT产品体系");
		indexed("zh_pdf_simhei_simsun_gbk_slide.pdf", null, "增强文化自觉和文化自信");
		indexed("核电厂定期安全审查指南 第1部分：通用要求（征求意见稿）.doc", null, "中华人民共和国能源行业标准");
	}

	@Autowired
	private HarvestService harvests;

	@Autowired
	private ImportFolder importFolder;

	@Autowired
	private ElasticsearchClient elasticsearch;

	@Test
	void everyDocumentIsIndexedWithItsTextOrRefusedWithAClearReason() throws IOException {
		List<Path> samples = RealSamples.files("documents");
		Set<String> names = samples.stream()
			.map((file) -> file.getFileName().toString())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(names).as("every sample has an expectation")
			.isEqualTo(new TreeSet<>(DOCUMENTS.keySet()));
		Path folder = this.importFolder.root().resolve(FOLDER);
		Files.createDirectories(folder);
		for (Path sample : samples) {
			Files.copy(sample, folder.resolve(sample.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
		}
		HarvestSource source = this.harvests.register(HarvestSource.files("real-documents", "真实文档一致性",
				"file:" + FOLDER, "北海市图书馆", "北海", List.of("origins"), List.of("history")));

		HarvestRun run = this.harvests.runAndWait(source.id());

		IndexedRecords index = new IndexedRecords(this.elasticsearch);
		Map<String, PortalRecord> records = index.all(source.id())
			.stream()
			.collect(Collectors.toMap((record) -> name(record.files().getFirst().name()), Function.identity()));
		Map<String, HarvestFailure> failures = this.harvests.failures(run.executionId())
			.stream()
			.collect(Collectors.toMap((failure) -> name(failure.recordIdentifier()), Function.identity()));
		List<String> table = new ArrayList<>();
		try {
			assertSoftly((softly) -> {
				for (Map.Entry<String, Expected> document : DOCUMENTS.entrySet()) {
					String name = document.getKey();
					Expected expected = document.getValue();
					PortalRecord record = records.get(name);
					HarvestFailure failure = failures.get(name);
					table.add(row(name, (record != null) ? "indexed" : (failure != null) ? "refused" : "MISSING",
							(record != null) ? record.files().getFirst().mime() + ", " + record.language()
									: (failure != null) ? failure.stage().name() : "",
							(record != null) ? record.title() : (failure != null) ? failure.reason() : ""));
					if (expected.indexed()) {
						softly.assertThat(record).as("record of %s", name).isNotNull();
						softly.assertThat(failure).as("failure of %s", name).isNull();
						if (record == null) {
							continue;
						}
						if (expected.title() != null) {
							softly.assertThat(record.title()).as("title of %s", name).isEqualTo(expected.title());
						}
						if (expected.subject() != null) {
							softly.assertThat(record.subjects()).as("subjects of %s", name).contains(expected.subject());
						}
						if (expected.phrase() != null) {
							softly.assertThat(searchPhrase(index, source.id(), expected.phrase()))
								.as("records of %s found by '%s'", name, expected.phrase())
								.extracting(PortalRecord::id)
								.contains(record.id());
						}
					}
					else {
						softly.assertThat(record).as("record of refused %s", name).isNull();
						softly.assertThat(failure).as("failure of %s", name).isNotNull();
						if (failure != null) {
							softly.assertThat(failure.stage()).as("stage of %s", name).isEqualTo(FailureStage.PARSE);
							softly.assertThat(failure.reason()).as("reason of %s", name).startsWith(expected.refusal());
						}
					}
				}
			});
		}
		finally {
			String header = row("file", "outcome", "type / stage", "title / reason");
			logger.info("Documents conformance ({} files):\n{}\n{}\n{}", DOCUMENTS.size(), header,
					"-".repeat(header.length()), String.join("\n", table));
		}

		long indexed = DOCUMENTS.values().stream().filter(Expected::indexed).count();
		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitCode()).isEqualTo("COMPLETED WITH SKIPS");
		assertThat(run.written()).isEqualTo(indexed);
		assertThat(run.skipped()).isEqualTo(DOCUMENTS.size() - indexed);
		assertThat(index.count(source.id())).as("nothing else is indexed").isEqualTo(indexed);
		assertThat(failures).as("no failure but the refused files").hasSize((int) (DOCUMENTS.size() - indexed));
	}

	/** The records whose full text or title holds the phrase. */
	private static List<PortalRecord> searchPhrase(IndexedRecords index, String sourceId, String phrase) {
		try {
			List<PortalRecord> found = new ArrayList<>(index.searchPhrase(sourceId, "fullText", phrase));
			found.addAll(index.searchPhrase(sourceId, "title", phrase));
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void indexed(String file, @Nullable String title, @Nullable String phrase) {
		DOCUMENTS.put(file, new Expected(title, phrase, null, null));
	}

	private static void refused(String file, String reason) {
		DOCUMENTS.put(file, new Expected(null, null, null, reason));
	}

	/** The file name of a record's file or a failure's identifier ({@code real-documents/x.pdf}). */
	private static String name(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static String row(String file, String outcome, String type, String detail) {
		String shortDetail = (detail == null) ? "" : (detail.length() > 70) ? detail.substring(0, 70) + "…" : detail;
		return String.format("%-62s %-8s %-30s %s", file, outcome, type, shortDetail);
	}

}
