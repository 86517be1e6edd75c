package cn.beibugulf.roadtosea.ingest.marc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

/**
 * MARC 21 fields to {@link MarcItem} values. Vernacular 880 fields win for the title and come
 * first among creators and subjects, with the romanised forms kept as alternatives.
 */
final class Marc21Mapping {

	private static final String[] CREATOR_TAGS = { "100", "110", "111", "700", "710", "711" };

	private static final String[] SUBJECT_TAGS = { "600", "610", "611", "630", "648", "650", "651", "655" };

	private Marc21Mapping() {
	}

	static @Nullable String title(Record record) {
		DataField title = MarcFields.first(record, "245").orElse(null);
		if (title != null) {
			for (DataField vernacular : MarcFields.vernacular(record, title)) {
				String text = titleOf(vernacular);
				if (!text.isEmpty()) {
					return text;
				}
			}
			String text = titleOf(title);
			return text.isEmpty() ? null : text;
		}
		for (DataField vernacular : MarcFields.unlinkedVernacular(record, Set.of("245"))) {
			return titleOf(vernacular);
		}
		return null;
	}

	static List<String> altTitles(Record record, @Nullable String title) {
		Set<String> titles = new LinkedHashSet<>();
		MarcFields.first(record, "245").ifPresent((field) -> titles.add(titleOf(field)));
		for (DataField field : MarcFields.dataFields(record, "130", "240", "242", "246", "730")) {
			MarcFields.addIfPresent(titles, MarcFields.join(field, "abnp"));
			MarcFields.vernacular(record, field).forEach((v) -> MarcFields.addIfPresent(titles, MarcFields.join(v, "abnp")));
		}
		titles.remove("");
		return MarcFields.without(titles, title);
	}

	static List<String> creators(Record record) {
		Set<String> creators = new LinkedHashSet<>();
		for (DataField field : MarcFields.dataFields(record, CREATOR_TAGS)) {
			MarcFields.vernacular(record, field).forEach((v) -> MarcFields.addIfPresent(creators, nameOf(v, field.getTag())));
			MarcFields.addIfPresent(creators, nameOf(field, field.getTag()));
		}
		for (DataField vernacular : MarcFields.unlinkedVernacular(record, Set.of(CREATOR_TAGS))) {
			MarcFields.addIfPresent(creators, nameOf(vernacular, vernacular.getSubfield('6').getData().substring(0, 3)));
		}
		return List.copyOf(creators);
	}

	static List<String> subjects(Record record) {
		Set<String> subjects = new LinkedHashSet<>();
		for (DataField field : MarcFields.dataFields(record, SUBJECT_TAGS)) {
			MarcFields.vernacular(record, field).forEach((v) -> MarcFields.addIfPresent(subjects, subjectOf(v)));
			MarcFields.addIfPresent(subjects, subjectOf(field));
		}
		for (DataField field : MarcFields.dataFields(record, "653")) {
			subjects.addAll(MarcFields.allSubfields(field, 'a'));
		}
		return List.copyOf(subjects);
	}

	static @Nullable String description(Record record) {
		for (String tag : new String[] { "520", "505" }) {
			List<String> notes = MarcFields.dataFields(record, tag).stream().map((f) -> MarcFields.join(f, "a")).toList();
			String joined = String.join("\n", notes).strip();
			if (!joined.isEmpty()) {
				return joined;
			}
		}
		return null;
	}

	static @Nullable String date(Record record) {
		String written = publication(record, 'c');
		String year = MarcFields.year(written);
		if (year != null) {
			return year;
		}
		String fixed = MarcFields.control(record, "008");
		if (fixed != null && fixed.length() >= 11 && fixed.substring(7, 11).matches("\\d{4}")) {
			return fixed.substring(7, 11);
		}
		return (written == null || written.isBlank()) ? null : written.replaceAll("[\\[\\]]", "");
	}

	static @Nullable String language(Record record) {
		String fixed = MarcFields.control(record, "008");
		if (fixed != null && fixed.length() >= 38 && fixed.substring(35, 38).matches("[a-z]{3}")) {
			return fixed.substring(35, 38);
		}
		return MarcFields.first(record, "041").map((field) -> MarcFields.firstSubfield(field, 'a')).orElse(null);
	}

	static List<String> isbns(Record record) {
		Set<String> isbns = new LinkedHashSet<>();
		for (DataField field : MarcFields.dataFields(record, "020")) {
			MarcFields.addIfPresent(isbns, MarcFields.isbn(MarcFields.firstSubfield(field, 'a')));
		}
		return List.copyOf(isbns);
	}

	static @Nullable String publisher(Record record) {
		return publication(record, 'b');
	}

	/** A subfield of the publication statement: 264 with second indicator 1, else 260 (vernacular first). */
	private static @Nullable String publication(Record record, char code) {
		for (DataField field : MarcFields.dataFields(record, "264", "260")) {
			if (field.getTag().equals("264") && field.getIndicator2() != '1') {
				continue;
			}
			for (DataField vernacular : MarcFields.vernacular(record, field)) {
				String value = MarcFields.firstSubfield(vernacular, code);
				if (value != null) {
					return value;
				}
			}
			String value = MarcFields.firstSubfield(field, code);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static String titleOf(DataField field) {
		return MarcFields.join(field, "abnp");
	}

	/** $a (with danMARC2's forename $h), and for corporate and meeting names their subordinate units. */
	private static @Nullable String nameOf(DataField field, String tag) {
		String name = MarcFields.firstSubfield(field, 'a');
		if (name == null) {
			return null;
		}
		String forename = MarcFields.firstSubfield(field, 'h');
		if (forename != null && (tag.equals("100") || tag.equals("700"))) {
			return name + ", " + forename;
		}
		if (tag.endsWith("10")) {
			String units = String.join(" ", MarcFields.allSubfields(field, 'b'));
			return units.isEmpty() ? name : name + " " + units;
		}
		return name;
	}

	private static String subjectOf(DataField field) {
		String main = MarcFields.join(field, "abcdtq");
		String subdivisions = MarcFields.join(field, "vxyz", " -- ");
		return subdivisions.isEmpty() ? main : main + " -- " + subdivisions;
	}

}
