package cn.beibugulf.roadtosea.ingest.local;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Harvesting of local sources ({@code portal.ingest.*}, beside {@code IngestProperties}).
 *
 * @param importDir the import folder: every local source's {@code file:} URL must lie inside it;
 * {@code {portal.data-dir}/import} when empty
 * @param files the files job
 * @param sheet the spreadsheet job
 * @param chronicle the chronicle job
 */
@ConfigurationProperties("portal.ingest")
public record LocalIngestProperties(String importDir, @DefaultValue Files files, @DefaultValue Sheet sheet,
		@DefaultValue Chronicle chronicle) {

	/**
	 * The files job ({@code portal.ingest.files.*}).
	 *
	 * @param chunkSize files per chunk (one transaction, one bulk request)
	 * @param skipLimit files a run may skip before it fails
	 * @param maxFileSize the largest file (or unpacked ZIP entry) harvested; larger ones are skipped
	 * @param maxArchiveEntries a ZIP archive with more entries is refused as a whole
	 * @param maxArchiveSize the most bytes the entries of one ZIP archive may unpack to
	 * @param maxCompressionRatio an entry that unpacks to more than this many times its compressed size
	 * (beyond the first MiB) is refused as a zip bomb
	 * @param parseTimeout the longest Tika may take over one file (text, metadata, thumbnail)
	 * @param fullTextLimit characters of extracted text kept per file
	 * @param thumbnailSize the longest side of thumbnails, in pixels
	 * @param verifyPdfStreams whether a PDF whose compressed streams fail their checksum is refused as
	 * damaged (PDFBox reads around the damage silently, so the text may be incomplete)
	 */
	public record Files(@DefaultValue("10") int chunkSize, @DefaultValue("1000") int skipLimit,
			@DefaultValue("1GB") DataSize maxFileSize, @DefaultValue("10000") int maxArchiveEntries,
			@DefaultValue("4GB") DataSize maxArchiveSize, @DefaultValue("100") int maxCompressionRatio,
			@DefaultValue("2m") Duration parseTimeout, @DefaultValue("1000000") int fullTextLimit,
			@DefaultValue("320") int thumbnailSize, @DefaultValue("true") boolean verifyPdfStreams) {
	}

	/**
	 * The spreadsheet job ({@code portal.ingest.sheet.*}).
	 *
	 * @param chunkSize rows per chunk
	 * @param skipLimit rows a run may skip before it fails
	 * @param maxFileSize the largest sheet read
	 */
	public record Sheet(@DefaultValue("100") int chunkSize, @DefaultValue("1000") int skipLimit,
			@DefaultValue("50MB") DataSize maxFileSize) {
	}

	/**
	 * The chronicle job ({@code portal.ingest.chronicle.*}).
	 *
	 * @param chunkSize entries per chunk
	 * @param skipLimit entries a run may skip before it fails
	 * @param maxFileSize the largest document read
	 */
	public record Chronicle(@DefaultValue("100") int chunkSize, @DefaultValue("1000") int skipLimit,
			@DefaultValue("20MB") DataSize maxFileSize) {
	}

}
