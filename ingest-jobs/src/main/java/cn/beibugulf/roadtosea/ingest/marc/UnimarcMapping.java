package cn.beibugulf.roadtosea.ingest.marc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

/** UNIMARC / CNMARC fields to {@link MarcItem} values (200 title, 7XX names, 210/214 publication). */
final class UnimarcMapping {

	private UnimarcMapping() {
	}

	/** 200 $a (several joined with " ; "), with other title information $e after " : ". */
	static @Nullable String title(Record record) {
		DataField title = MarcFields.first(record, "200").orElse(null);
		if (title == null) {
			return null;
		}
		String proper = String.join(" ; ", MarcFields.allSubfields(title, 'a'));
		if (proper.isEmpty()) {
			return null;
		}
		List<String> other = MarcFields.allSubfields(title, 'e');
		return other.isEmpty() ? proper : proper + " : " + String.join(" : ", other);
	}

	static List<String> altTitles(Record record, @Nullable String title) {
		Set<String> titles = new LinkedHashSet<>();
		MarcFields.first(record, "200").ifPresent((field) -> titles.addAll(MarcFields.allSubfields(field, 'd')));
		for (DataField field : MarcFields.dataFields(record, "500", "510", "512", "513", "517", "532", "540", "541")) {
			MarcFields.addIfPresent(titles, MarcFields.firstSubfield(field, 'a'));
		}
		return MarcFields.without(titles, title);
	}

	/** 700-702 personal names ($a with forename $b), 710-712 corporate names; else 200 $f. */
	static List<String> creators(Record record) {
		Set<String> creators = new LinkedHashSet<>();
		for (DataField field : MarcFields.dataFields(record, "700", "701", "702", "710", "711", "712")) {
			String name = MarcFields.firstSubfield(field, 'a');
			String rest = MarcFields.firstSubfield(field, 'b');
			if (name != null && rest != null) {
				name = rest.startsWith(",") ? name + rest : name + ", " + rest;
			}
			MarcFields.addIfPresent(creators, (name != null) ? MarcFields.tidy(name) : null);
		}
		if (creators.isEmpty()) {
			MarcFields.first(record, "200").ifPresent((field) -> creators.addAll(MarcFields.allSubfields(field, 'f')));
		}
		return List.copyOf(creators);
	}

	static List<String> subjects(Record record) {
		Set<String> subjects = new LinkedHashSet<>();
		for (DataField field : MarcFields.dataFields(record, "600", "601", "602", "604", "605", "606", "607", "608")) {
			String main = MarcFields.join(field, "ab");
			String subdivisions = MarcFields.join(field, "jxyz", " -- ");
			MarcFields.addIfPresent(subjects, subdivisions.isEmpty() ? main : main + " -- " + subdivisions);
		}
		for (DataField field : MarcFields.dataFields(record, "610")) {
			subjects.addAll(MarcFields.allSubfields(field, 'a'));
		}
		subjects.remove("");
		return List.copyOf(subjects);
	}

	static @Nullable String description(Record record) {
		for (String tag : new String[] { "330", "327" }) {
			List<String> notes = new ArrayList<>();
			MarcFields.dataFields(record, tag).forEach((field) -> notes.add(MarcFields.join(field, "a")));
			String joined = String.join("\n", notes).strip();
			if (!joined.isEmpty()) {
				return joined;
			}
		}
		return null;
	}

	/** The year of 210/214 $d, else of the 100 $a fixed data (positions 9-12), else 210 $d as written. */
	static @Nullable String date(Record record) {
		String written = publication(record, 'd');
		String year = MarcFields.year(written);
		if (year != null) {
			return year;
		}
		String fixed = MarcFields.first(record, "100").map((field) -> MarcFields.firstSubfield(field, 'a')).orElse(null);
		if (fixed != null && fixed.length() >= 13 && fixed.substring(9, 13).matches("\\d{4}")) {
			return fixed.substring(9, 13);
		}
		return written;
	}

	static @Nullable String language(Record record) {
		return MarcFields.first(record, "101").map((field) -> MarcFields.firstSubfield(field, 'a')).orElse(null);
	}

	static List<String> isbns(Record record) {
		Set<String> isbns = new LinkedHashSet<>();
		for (DataField field : MarcFields.dataFields(record, "010")) {
			MarcFields.addIfPresent(isbns, MarcFields.isbn(MarcFields.firstSubfield(field, 'a')));
		}
		return List.copyOf(isbns);
	}

	static @Nullable String publisher(Record record) {
		return publication(record, 'c');
	}

	private static @Nullable String publication(Record record, char code) {
		for (DataField field : MarcFields.dataFields(record, "210", "214")) {
			String value = MarcFields.firstSubfield(field, code);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
