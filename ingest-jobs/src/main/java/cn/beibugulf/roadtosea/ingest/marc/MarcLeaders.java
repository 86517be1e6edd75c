package cn.beibugulf.roadtosea.ingest.marc;

import org.jspecify.annotations.Nullable;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

import cn.beibugulf.roadtosea.ingest.read.ReadStage;

/** Small helpers for leaders and for naming a record in problems. */
final class MarcLeaders {

	static final String BLANK = "00000nam a2200000 a 4500";

	private MarcLeaders() {
	}

	/**
	 * A 24-character leader marc4j can parse: numeric positions (record length, indicator count,
	 * subfield code length, base address, entry map) that are not digits are replaced.
	 */
	static String repair(String leader, RecordProblems problems) {
		char[] chars = String.format("%-24.24s", leader.replace('\n', ' ')).toCharArray();
		boolean changed = leader.length() != 24;
		changed |= digits(chars, 0, 5, '0');
		changed |= digits(chars, 10, 11, '2');
		changed |= digits(chars, 11, 12, '2');
		changed |= digits(chars, 12, 17, '0');
		String entryMap = new String(chars, 20, 4);
		if (!entryMap.chars().allMatch(Character::isDigit)) {
			"4500".getChars(0, 4, chars, 20);
			changed = true;
		}
		String repaired = new String(chars);
		if (changed) {
			problems.add(ReadStage.PARSE, "leader '" + leader + "' is not 24 characters with numeric lengths: read as '"
					+ repaired + "'");
		}
		return repaired;
	}

	private static boolean digits(char[] chars, int from, int to, char fill) {
		boolean changed = false;
		for (int i = from; i < to; i++) {
			if (!Character.isDigit(chars[i])) {
				chars[i] = fill;
				changed = true;
			}
		}
		return changed;
	}

	/** "record 3 (001 12345)", or just the position when the record has no 001. */
	static String where(String position, Record record) {
		String id = controlNumber(record);
		return (id == null) ? position : position + " (001 " + id + ")";
	}

	/** The 001 control field, or $a of a 001 data field (danMARC2). */
	static @Nullable String controlNumber(Record record) {
		if (record.getVariableField("001") instanceof ControlField control && !control.getData().isBlank()) {
			return control.getData().strip();
		}
		if (record.getVariableField("001") instanceof DataField data && data.getSubfield('a') != null
				&& !data.getSubfield('a').getData().isBlank()) {
			return data.getSubfield('a').getData().strip();
		}
		return null;
	}

}
