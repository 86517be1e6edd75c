package cn.beibugulf.roadtosea.portal.export;

import java.util.List;
import java.util.Map;

/**
 * RIS: one {@code TAG  - value} line each, CRLF line ends, {@code TY} first and {@code ER} last.
 * Values are made single-line.
 */
final class RisWriter {

	private static final Map<String, String> TYPES = Map.of("article", "JOUR", "book", "BOOK", "thesis", "THES",
			"report", "RPRT", "news", "NEWS");

	private static final String EOL = "\r\n";

	private RisWriter() {
	}

	static String type(String recordType) {
		return recordType == null ? "GEN" : TYPES.getOrDefault(recordType, "GEN");
	}

	static String write(List<CitableRecord> records) {
		StringBuilder out = new StringBuilder();
		for (CitableRecord record : records) {
			line(out, "TY", type(record.type()));
			line(out, "ID", record.id());
			line(out, "TI", record.title());
			record.creators().forEach(creator -> line(out, "AU", creator));
			if (record.year() != null) {
				line(out, "PY", String.valueOf(record.year()));
				line(out, "DA", date(record));
			}
			line(out, "PB", record.publisher());
			line(out, "CY", record.place());
			record.keywords().forEach(keyword -> line(out, "KW", keyword));
			line(out, "AB", record.abstractText());
			line(out, "LA", record.language());
			line(out, "UR", record.url());
			out.append("ER  - ").append(EOL).append(EOL);
		}
		return out.toString();
	}

	/** RIS dates are {@code YYYY/MM/DD/}, missing parts left empty. */
	private static String date(CitableRecord record) {
		return String.format("%04d/%s/%s/", record.year(), record.month() == null ? "" : "%02d".formatted(record.month()),
				record.day() == null ? "" : "%02d".formatted(record.day()));
	}

	private static void line(StringBuilder out, String tag, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		out.append(tag).append("  - ").append(value.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip()).append(EOL);
	}

}
