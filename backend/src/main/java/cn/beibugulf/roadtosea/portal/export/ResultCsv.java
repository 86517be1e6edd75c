package cn.beibugulf.roadtosea.portal.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A result list as CSV (RFC 4180 via Apache Commons CSV: CRLF rows, fields with commas, quotes
 * or line breaks quoted), starting with a UTF-8 byte order mark so that Excel reads Chinese
 * correctly. Cells that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage
 * return first) get a leading apostrophe.
 */
final class ResultCsv {

	static final char BOM = '\uFEFF';

	static final String[] HEADER = { "id", "title", "creators", "type", "date", "library", "city", "modules",
			"themes", "subjects", "language", "url", "page" };

	private static final String SEPARATOR = "; ";

	private ResultCsv() {
	}

	static String write(List<Map.Entry<String, Map<?, ?>>> rows, Function<String, String> recordPage) {
		StringWriter out = new StringWriter();
		out.append(BOM);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
		try (CSVPrinter csv = new CSVPrinter(out, format)) {
			for (Map.Entry<String, Map<?, ?>> row : rows) {
				Map<?, ?> source = row.getValue();
				String date = CitableRecord.text(source.get("issued"));
				csv.printRecord(cell(row.getKey()), cell(text(source, "title")), cell(joined(source, "creators")),
						cell(text(source, "type")), cell(date != null ? date : text(source, "year")),
						cell(text(source, "library")), cell(text(source, "city")), cell(joined(source, "modules")),
						cell(joined(source, "themes")), cell(joined(source, "subjects")), cell(text(source, "language")),
						cell(text(source, "url")), cell(recordPage.apply(row.getKey())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** Neutralises spreadsheet formulas; quoting is left to the CSV printer. */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}

	private static String text(Map<?, ?> source, String field) {
		return CitableRecord.text(source.get(field));
	}

	private static String joined(Map<?, ?> source, String field) {
		List<String> values = CitableRecord.strings(source.get(field));
		return values.isEmpty() ? null : String.join(SEPARATOR, values);
	}

}
