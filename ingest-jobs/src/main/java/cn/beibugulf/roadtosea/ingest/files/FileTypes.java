package cn.beibugulf.roadtosea.ingest.files;

import java.util.Set;

/**
 * The portal's record type of a file, from its media type: {@code image}, {@code video},
 * {@code audio}, {@code book} (e-books, and documents of {@value #BOOK_PAGES} pages or more),
 * {@code article} (shorter documents), {@code webpage}, {@code dataset} (spreadsheets) or
 * {@code other}.
 */
final class FileTypes {

	/** A document with at least this many pages is a book. */
	static final int BOOK_PAGES = 50;

	private static final Set<String> EBOOKS = Set.of("application/epub+zip", "application/x-mobipocket-ebook",
			"application/x-fictionbook+xml", "application/x-ibooks+zip");

	private static final Set<String> DOCUMENTS = Set.of("application/pdf", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.ms-word.document.macroenabled.12", "application/vnd.oasis.opendocument.text",
			"application/rtf", "text/plain", "application/vnd.wordperfect", "application/x-tika-msoffice",
			"application/x-tika-ooxml");

	private static final Set<String> PAGES = Set.of("text/html", "application/xhtml+xml", "message/rfc822");

	private static final Set<String> SHEETS = Set.of("text/csv", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.oasis.opendocument.spreadsheet");

	private FileTypes() {
	}

	static String of(String mime, Integer pages) {
		if (mime.startsWith("image/")) {
			return "image";
		}
		if (mime.startsWith("video/")) {
			return "video";
		}
		if (mime.startsWith("audio/")) {
			return "audio";
		}
		if (EBOOKS.contains(mime)) {
			return "book";
		}
		if (DOCUMENTS.contains(mime)) {
			return (pages != null && pages >= BOOK_PAGES) ? "book" : "article";
		}
		if (PAGES.contains(mime)) {
			return "webpage";
		}
		if (SHEETS.contains(mime)) {
			return "dataset";
		}
		return "other";
	}

}
