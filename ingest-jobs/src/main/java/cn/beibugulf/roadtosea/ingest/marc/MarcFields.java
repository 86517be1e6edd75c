package cn.beibugulf.roadtosea.ingest.marc;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;

/** Reading values out of marc4j records: subfields, linked 880 fields, clean text. */
final class MarcFields {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[0-9]{3}|20[0-9]{2})(?!\\d)");

	private static final Pattern ISBN = Pattern.compile("[0-9][0-9Xx\\- ]{8,16}[0-9Xx]");

	private MarcFields() {
	}

	static List<DataField> dataFields(Record record, String... tags) {
		List<DataField> fields = new ArrayList<>();
		for (VariableField field : record.getVariableFields(tags)) {
			if (field instanceof DataField data) {
				fields.add(data);
			}
		}
		return fields;
	}

	static Optional<DataField> first(Record record, String tag) {
		return dataFields(record, tag).stream().findFirst();
	}

	static @Nullable String control(Record record, String tag) {
		return (record.getVariableField(tag) instanceof ControlField control) ? control.getData() : null;
	}

	/** The values of the subfields with these codes, in field order, joined with a space and cleaned. */
	static String join(DataField field, String codes) {
		return join(field, codes, " ");
	}

	static String join(DataField field, String codes, String separator) {
		List<String> parts = new ArrayList<>();
		for (Subfield subfield : field.getSubfields()) {
			if (codes.indexOf(subfield.getCode()) >= 0) {
				String value = text(subfield.getData());
				if (!value.isEmpty()) {
					parts.add(value);
				}
			}
		}
		return tidy(String.join(separator, parts));
	}

	static @Nullable String firstSubfield(DataField field, char code) {
		Subfield subfield = field.getSubfield(code);
		if (subfield == null) {
			return null;
		}
		String value = tidy(text(subfield.getData()));
		return value.isEmpty() ? null : value;
	}

	static List<String> allSubfields(DataField field, char code) {
		List<String> values = new ArrayList<>();
		for (Subfield subfield : field.getSubfields(code)) {
			String value = tidy(text(subfield.getData()));
			if (!value.isEmpty()) {
				values.add(value);
			}
		}
		return values;
	}

	/**
	 * Text as the portal stores it: composed (NFC, so MARC-8's base letter plus combining mark
	 * becomes one character and "ά" matches what users type), without the non-sorting marks,
	 * white space collapsed.
	 */
	static String text(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!MarcTextDecoder.isNonSortingMark(c)) {
				out.append(c);
			}
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip();
	}

	/**
	 * Without the ISBD punctuation that ends a MARC element (" /", " :", " ;", ",", "=", ".",
	 * and their full-width forms in CJK records), keeping the full stop of an initial ("J.").
	 */
	static String tidy(String value) {
		String tidy = value.strip();
		while (!tidy.isEmpty() && " /:;,=／：；，＝".indexOf(tidy.charAt(tidy.length() - 1)) >= 0) {
			tidy = tidy.substring(0, tidy.length() - 1).strip();
		}
		if (tidy.endsWith(".") && !tidy.matches(".*(\\b\\p{Lu}|\\.\\.\\.)\\.$")) {
			tidy = tidy.substring(0, tidy.length() - 1).strip();
		}
		return tidy;
	}

	/** The 880 fields holding the vernacular form of {@code field} (linked through $6 "tag-occurrence"). */
	static List<DataField> vernacular(Record record, DataField field) {
		String link = field.getSubfield('6') != null ? field.getSubfield('6').getData() : null;
		if (link == null || !link.startsWith("880-") || link.length() < 6) {
			return List.of();
		}
		String wanted = field.getTag() + "-" + link.substring(4, 6);
		return dataFields(record, "880").stream()
			.filter((vernacular) -> vernacular.getSubfield('6') != null
					&& vernacular.getSubfield('6').getData().startsWith(wanted))
			.toList();
	}

	/** The 880 fields linked to no field ($6 occurrence 00) whose linkage names one of these tags. */
	static List<DataField> unlinkedVernacular(Record record, Set<String> tags) {
		return dataFields(record, "880").stream().filter((field) -> {
			String link = (field.getSubfield('6') != null) ? field.getSubfield('6').getData() : "";
			return link.length() >= 6 && link.startsWith("00", 4) && tags.contains(link.substring(0, 3));
		}).toList();
	}

	static @Nullable String year(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = YEAR.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

	/** The ISBN at the start of an 020/010 $a ("0679450041 (acid-free paper)" gives "0679450041"). */
	static @Nullable String isbn(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = ISBN.matcher(text);
		return matcher.find() ? matcher.group().replace(" ", "") : null;
	}

	static void addIfPresent(Set<String> values, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			values.add(value);
		}
	}

	static List<String> without(Set<String> values, @Nullable String excluded) {
		Set<String> copy = new LinkedHashSet<>(values);
		if (excluded != null) {
			copy.remove(excluded);
		}
		return List.copyOf(copy);
	}

}
