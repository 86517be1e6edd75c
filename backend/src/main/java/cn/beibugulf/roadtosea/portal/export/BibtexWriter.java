package cn.beibugulf.roadtosea.portal.export;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * BibTeX entries, values in braces with TeX's special characters escaped (so braces always
 * balance), Chinese and corporate names braced so that BibTeX keeps them whole.
 */
final class BibtexWriter {

	private static final Map<String, String> TYPES = Map.of("article", "article", "book", "book", "thesis",
			"phdthesis", "report", "techreport");

	private static final Pattern KEY_UNSAFE = Pattern.compile("[^A-Za-z0-9:._-]");

	private static final Pattern CORPORATE = Pattern.compile("(?i)\\band\\b|&");

	private BibtexWriter() {
	}

	static String type(String recordType) {
		return recordType == null ? "misc" : TYPES.getOrDefault(recordType, "misc");
	}

	static String write(List<CitableRecord> records) {
		StringBuilder out = new StringBuilder();
		Set<String> keys = new HashSet<>();
		for (CitableRecord record : records) {
			String type = type(record.type());
			out.append('@').append(type).append('{').append(key(record.id(), keys)).append(",\n");
			field(out, "title", record.title() == null ? null : "{" + escape(record.title()) + "}");
			if (!record.creators().isEmpty()) {
				field(out, "author",
						record.creators().stream().map(BibtexWriter::name).collect(Collectors.joining(" and ")));
			}
			if (record.year() != null) {
				field(out, "year", String.valueOf(record.year()));
			}
			if (record.month() != null) {
				field(out, "month", String.valueOf(record.month()));
			}
			String publisherField = switch (type) {
				case "phdthesis" -> "school";
				case "techreport" -> "institution";
				default -> "publisher";
			};
			field(out, publisherField, escapeOrNull(record.publisher()));
			field(out, "address", escapeOrNull(record.place()));
			field(out, "url", record.url() == null ? null : record.url().replace("{", "%7B").replace("}", "%7D"));
			if (!record.keywords().isEmpty()) {
				field(out, "keywords", escape(String.join(", ", record.keywords())));
			}
			field(out, "abstract", escapeOrNull(record.abstractText()));
			field(out, "language", escapeOrNull(record.language()));
			out.append("}\n\n");
		}
		return out.toString();
	}

	/** The record id as a citation key: only characters BibTeX allows there, unique in the file. */
	static String key(String id, Set<String> taken) {
		String base = KEY_UNSAFE.matcher(id).replaceAll("_");
		String key = base.isEmpty() ? "record" : base;
		for (int n = 2; !taken.add(key.toLowerCase(Locale.ROOT)); n++) {
			key = base + "_" + n;
		}
		return key;
	}

	/** "Family, Given" stays as written; Chinese and corporate names are braced to stay whole. */
	static String name(String creator) {
		String escaped = escape(creator);
		if (CitableRecord.isHanName(creator) || CORPORATE.matcher(creator).find()) {
			return "{" + escaped + "}";
		}
		return escaped;
	}

	/** Escapes TeX's special characters; line breaks become spaces. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{', '}', '$', '&', '%', '#', '_' -> out.append('\\').append(c);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				case '\r', '\n' -> {
					if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
						out.append(' ');
					}
				}
				default -> out.append(c);
			}
		}
		return out.toString().strip();
	}

	private static String escapeOrNull(String text) {
		return text == null ? null : escape(text);
	}

	private static void field(StringBuilder out, String name, String value) {
		if (value != null && !value.isBlank()) {
			out.append("  ").append(name).append(" = {").append(value).append("},\n");
		}
	}

}
