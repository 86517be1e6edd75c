package cn.beibugulf.roadtosea.ingest.files;

import java.util.List;

/**
 * What Tika found in a file.
 *
 * @param mime the detected media type, without parameters ({@code application/pdf})
 * @param title the title in the file's metadata, or null
 * @param creators its authors
 * @param description the description in its metadata, or null
 * @param subjects its keywords
 * @param created when it was created (ISO-8601 as the metadata says), or null
 * @param language the language its metadata declares, or null
 * @param pages its page count, or null
 * @param text the extracted text (at most {@code full-text-limit} characters), possibly empty
 * @param thumbnail a JPEG thumbnail, or null
 */
public record ExtractedDocument(String mime, String title, List<String> creators, String description,
		List<String> subjects, String created, String language, Integer pages, String text, byte[] thumbnail) {

	public ExtractedDocument {
		creators = List.copyOf(creators);
		subjects = List.copyOf(subjects);
	}

}
