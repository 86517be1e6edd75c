package cn.beibugulf.roadtosea.portal.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The citation formats offered, with their media types and file extensions.
 */
enum CitationFormat {

	RIS("ris", "application/x-research-info-systems;charset=UTF-8", "ris"),

	BIBTEX("bibtex", "application/x-bibtex;charset=UTF-8", "bib"),

	CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json");

	private final String parameter;

	private final MediaType mediaType;

	private final String extension;

	CitationFormat(String parameter, String mediaType, String extension) {
		this.parameter = parameter;
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.extension = extension;
	}

	static Optional<CitationFormat> of(String parameter) {
		String wanted = parameter == null ? "" : parameter.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(format -> format.parameter.equals(wanted)).findFirst();
	}

	String parameter() {
		return this.parameter;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

}
