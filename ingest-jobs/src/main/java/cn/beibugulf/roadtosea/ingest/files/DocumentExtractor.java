package cn.beibugulf.roadtosea.ingest.files;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.local.LocalIngestProperties;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;

/**
 * Extracts text, metadata and a thumbnail from a file with Apache Tika's {@link AutoDetectParser}
 * (no OCR; text kept up to {@code full-text-limit} characters). Each file is parsed on a thread of
 * its own and given up after {@code parse-timeout}, so a pathological file cannot stall a harvest
 * (the abandoned thread is interrupted and, being a daemon, never holds the JVM). Encrypted and
 * unreadable files, PDFs whose compressed streams are damaged and parses that run out of time throw
 * {@link LocalItemException} (stage {@code PARSE}); when Tika fails part-way but extracted text,
 * that text is kept. Thread-safe: one instance serves every harvest.
 */
public class DocumentExtractor implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DocumentExtractor.class);

	private static final AtomicInteger THREADS = new AtomicInteger();

	private final AutoDetectParser parser = new AutoDetectParser();

	private final ExecutorService executor = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "tika-parse-" + THREADS.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private final LocalIngestProperties.Files settings;

	private final Thumbnails thumbnails;

	public DocumentExtractor(LocalIngestProperties.Files settings) {
		this.settings = settings;
		this.thumbnails = new Thumbnails(settings.thumbnailSize());
	}

	/**
	 * @throws LocalItemException when the file cannot be harvested (stage {@code PARSE})
	 */
	public ExtractedDocument extract(LocalFile file) {
		Duration timeout = this.settings.parseTimeout();
		Future<ExtractedDocument> task = this.executor.submit(() -> extractNow(file));
		try {
			return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			task.cancel(true);
			throw new LocalItemException(file.name(), FailureStage.PARSE, "parsing took longer than " + timeout
					+ " (portal.ingest.files.parse-timeout): given up");
		}
		catch (ExecutionException ex) {
			throw failure(file, ex.getCause());
		}
		catch (InterruptedException ex) {
			task.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while parsing " + file.name(), ex);
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	private ExtractedDocument extractNow(LocalFile file) throws Exception {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName(file.name()));
		ParseContext context = context();
		StringWriter text = new StringWriter();
		BodyContentHandler handler = new BodyContentHandler(
				new WriteOutContentHandler(new ToTextContentHandler(text), this.settings.fullTextLimit(), false, context));
		try (TikaInputStream in = TikaInputStream.get(file.path(), metadata)) {
			this.parser.parse(in, handler, metadata, context);
		}
		catch (EncryptedDocumentException | AccessPermissionException | ZeroByteFileException ex) {
			throw ex;
		}
		catch (TikaException ex) {
			if (text.toString().isBlank()) {
				throw ex;
			}
			logger.warn("{}: Tika could not read all of it ({}); keeping the {} characters it extracted", file.name(),
					message(ex), text.toString().length());
		}
		String mime = mediaType(metadata);
		if (mime.equals("application/pdf") && this.settings.verifyPdfStreams()) {
			Optional<String> damage = PdfStreams.damage(file.path());
			if (damage.isPresent()) {
				throw new LocalItemException(file.name(), FailureStage.PARSE, "the PDF is damaged: " + damage.get()
						+ "; repair or re-save it (or set portal.ingest.files.verify-pdf-streams=false)");
			}
		}
		if (mime.equals("application/pdf")) {
			Optional<String> garbled = GarbledText.gbkReadAsLatin1(text.toString());
			if (garbled.isPresent()) {
				throw new LocalItemException(file.name(), FailureStage.PARSE, "the PDF's text is garbled: its fonts "
						+ "have no Unicode mapping, so Chinese comes out as Latin letters, e.g. " + garbled.get()
						+ "; re-save it with embedded Unicode fonts");
			}
		}
		return new ExtractedDocument(mime, metadata.get(TikaCoreProperties.TITLE),
				values(metadata, TikaCoreProperties.CREATOR.getName()), metadata.get(TikaCoreProperties.DESCRIPTION),
				values(metadata, TikaCoreProperties.SUBJECT.getName()), metadata.get(TikaCoreProperties.CREATED),
				metadata.get(TikaCoreProperties.LANGUAGE), metadata.getInt(PagedText.N_PAGES), text.toString(),
				thumbnail(file, mime));
	}

	private ParseContext context() {
		ParseContext context = new ParseContext();
		PDFParserConfig pdf = new PDFParserConfig();
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		pdf.setExtractInlineImages(false);
		context.set(PDFParserConfig.class, pdf);
		TesseractOCRConfig ocr = new TesseractOCRConfig();
		ocr.setSkipOcr(true);
		context.set(TesseractOCRConfig.class, ocr);
		return context;
	}

	private byte[] thumbnail(LocalFile file, String mime) {
		try {
			return this.thumbnails.of(file.path(), mime);
		}
		catch (IOException | RuntimeException ex) {
			logger.info("{}: no thumbnail ({})", file.name(), ex.toString());
			return null;
		}
	}

	private static LocalItemException failure(LocalFile file, Throwable cause) {
		if (cause instanceof LocalItemException item) {
			return item;
		}
		String reason = switch (cause) {
			case EncryptedDocumentException encrypted -> "the file is encrypted (password protected): " + message(encrypted);
			case AccessPermissionException denied -> "the PDF does not permit text extraction: " + message(denied);
			case ZeroByteFileException empty -> "the file is empty";
			case TikaException tika -> "Tika could not parse the file: " + message(tika);
			default -> "the file could not be parsed: " + message(cause);
		};
		return new LocalItemException(file.name(), FailureStage.PARSE, reason, cause);
	}

	/** The message with the causes' messages that add something, "A (B)". */
	static String message(Throwable failure) {
		List<String> parts = new ArrayList<>();
		for (Throwable current = failure; current != null && parts.size() < 3; current = current.getCause()) {
			String text = (current.getMessage() != null) ? current.getMessage() : current.getClass().getSimpleName();
			if (parts.stream().noneMatch((part) -> part.contains(text))) {
				parts.add(text);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return (parts.size() == 1) ? parts.getFirst()
				: parts.getFirst() + " (" + String.join("; ", parts.subList(1, parts.size())) + ")";
	}

	private static String mediaType(Metadata metadata) {
		String type = metadata.get(Metadata.CONTENT_TYPE);
		MediaType parsed = (type != null) ? MediaType.parse(type) : null;
		return (parsed != null) ? parsed.getBaseType().toString() : "application/octet-stream";
	}

	private static List<String> values(Metadata metadata, String name) {
		return Arrays.stream(metadata.getValues(name)).filter((value) -> value != null && !value.isBlank()).toList();
	}

	private static String fileName(String name) {
		return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('!')) + 1);
	}

}
