package cn.beibugulf.roadtosea.ingest.marc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.beibugulf.roadtosea.ingest.read.ReadStage;

/**
 * The structure of one ISO 2709 record (leader, directory, fields), read tolerantly: a wrong
 * record length or base address, blanks or control characters in the leader, a directory whose
 * entries do not fit the fixed 12-byte layout (offsets past 99,999 written with six digits) or
 * point beside the fields are each recorded and worked around. When the directory cannot be
 * trusted the fields are read in order between field terminators and paired with its tags.
 *
 * @param leader the leader, repaired so marc4j accepts it (real length and base address)
 * @param fields the fields in directory order, data without the field terminator
 * @param indicatorCount indicators per data field (2 in MARC 21 and UNIMARC, 3 in danMARC2)
 * @param codeLength bytes per subfield code including the delimiter (normally 2)
 */
record Iso2709Structure(String leader, List<RawField> fields, int indicatorCount, int codeLength) {

	static final int FIELD_TERMINATOR = 0x1E;

	static final int SUBFIELD_DELIMITER = 0x1F;

	private static final int LEADER_LENGTH = 24;

	/** A field's tag and raw bytes. */
	record RawField(String tag, byte[] data) {
	}

	/** The structure, or {@code null} when the bytes are not a record at all (reason in problems). */
	static @Nullable Iso2709Structure read(byte[] chunk, RecordProblems problems) {
		byte[] bytes = withoutDoubledLength(chunk, problems);
		if (bytes.length < LEADER_LENGTH + 1) {
			problems.add(ReadStage.PARSE, "only " + bytes.length + " bytes: too short for a leader and a directory");
			return null;
		}
		char[] leader = leaderOf(bytes, problems);
		int directoryEnd = indexOf(bytes, FIELD_TERMINATOR, LEADER_LENGTH);
		if (directoryEnd < 0) {
			problems.add(ReadStage.PARSE, "no field terminator after the leader: the directory never ends");
			return null;
		}
		int base = directoryEnd + 1;
		checkNumber(leader, 0, 5, bytes.length + 1, "record length", "the record has", problems);
		checkNumber(leader, 12, 17, base, "base address", "the directory ends at byte", problems);
		int indicatorCount = digitOr(leader, 10, 2, "indicator count", problems);
		int codeLength = digitOr(leader, 11, 2, "subfield code length", problems);
		int lengthDigits = digitOr(leader, 20, 4, "length-of-field digits", problems);
		int startDigits = digitOr(leader, 21, 5, "starting-position digits", problems);
		List<Entry> entries = Directory.entries(Arrays.copyOfRange(bytes, LEADER_LENGTH, directoryEnd), lengthDigits,
				startDigits, problems);
		if (entries.isEmpty()) {
			problems.add(ReadStage.PARSE, "the directory lists no fields");
			return null;
		}
		byte[] data = Arrays.copyOfRange(bytes, base, bytes.length);
		List<RawField> fields = fieldsByDirectory(entries, data);
		if (fields == null) {
			fields = fieldsInOrder(entries, data, problems);
		}
		writeNumber(leader, 0, 5, Math.min(bytes.length + 1, 99999));
		writeNumber(leader, 12, 17, base);
		leader[10] = (char) ('0' + indicatorCount);
		leader[11] = (char) ('0' + codeLength);
		return new Iso2709Structure(new String(leader), fields, indicatorCount, codeLength);
	}

	/** One directory entry; {@code length} and {@code start} are -1 when not numeric. */
	record Entry(String tag, int length, int start) {
	}

	/** Fields cut where the directory says, or {@code null} when any entry misses a field boundary. */
	private static @Nullable List<RawField> fieldsByDirectory(List<Entry> entries, byte[] data) {
		List<RawField> fields = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			int end = entry.start() + entry.length();
			if (entry.start() < 0 || entry.length() < 1 || end > data.length || data[end - 1] != FIELD_TERMINATOR
					|| (entry.start() > 0 && data[entry.start() - 1] != FIELD_TERMINATOR)) {
				return null;
			}
			fields.add(new RawField(entry.tag(), Arrays.copyOfRange(data, entry.start(), end - 1)));
		}
		return fields;
	}

	/** Fields cut at field terminators, in order, paired with the directory's tags. */
	private static List<RawField> fieldsInOrder(List<Entry> entries, byte[] data, RecordProblems problems) {
		List<byte[]> pieces = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < data.length; i++) {
			if (data[i] == FIELD_TERMINATOR) {
				pieces.add(Arrays.copyOfRange(data, from, i));
				from = i + 1;
			}
		}
		if (from < data.length) {
			pieces.add(Arrays.copyOfRange(data, from, data.length));
		}
		int count = Math.min(pieces.size(), entries.size());
		String counts = (pieces.size() == entries.size()) ? ""
				: " (" + entries.size() + " directory entries, " + pieces.size() + " fields: " + count + " read)";
		problems.add(ReadStage.PARSE,
				"directory lengths or offsets do not match the fields: fields read in order instead" + counts);
		List<RawField> fields = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			fields.add(new RawField(entries.get(i).tag(), pieces.get(i)));
		}
		return fields;
	}

	/** Drops a record length written twice at the start ("0091400914naa…"), which shifts the whole leader. */
	private static byte[] withoutDoubledLength(byte[] bytes, RecordProblems problems) {
		if (bytes.length > 34 && allDigits(bytes, 0, 10) && Arrays.equals(bytes, 0, 5, bytes, 5, 10)
				&& Character.isLetter(bytes[10])) {
			problems.add(ReadStage.PARSE, "the leader starts with its record length twice ("
					+ new String(bytes, 0, 10, StandardCharsets.US_ASCII) + "): the copy was dropped");
			return Arrays.copyOfRange(bytes, 5, bytes.length);
		}
		return bytes;
	}

	private static char[] leaderOf(byte[] bytes, RecordProblems problems) {
		char[] leader = new char[LEADER_LENGTH];
		for (int i = 0; i < LEADER_LENGTH; i++) {
			int b = bytes[i] & 0xFF;
			if (b < 0x20 || b >= 0x7F) {
				problems.add(ReadStage.PARSE,
						"the leader has a control or non-ASCII byte 0x%02X at position %d: read as a blank".formatted(b, i));
				leader[i] = ' ';
			}
			else {
				leader[i] = (char) b;
			}
		}
		return leader;
	}

	private static void checkNumber(char[] leader, int from, int to, int actual, String name, String actualText,
			RecordProblems problems) {
		String written = new String(leader, from, to - from);
		if (!written.chars().allMatch(Character::isDigit)) {
			problems.add(ReadStage.PARSE, "the leader's " + name + " '" + written + "' is not a number; " + actualText
					+ " " + actual);
		}
		else if (Integer.parseInt(written) != actual) {
			problems.add(ReadStage.PARSE, "the leader's " + name + " is " + Integer.parseInt(written) + " but "
					+ actualText + " " + actual + ((actual > 99999) ? " (over 99,999: not representable)" : ""));
		}
	}

	private static int digitOr(char[] leader, int position, int fallback, String name, RecordProblems problems) {
		char c = leader[position];
		if (Character.isDigit(c) && c != '0') {
			return c - '0';
		}
		problems.add(ReadStage.PARSE, "leader/" + position + " (" + name + ") is '" + c + "': " + fallback + " assumed");
		leader[position] = (char) ('0' + fallback);
		return fallback;
	}

	private static void writeNumber(char[] leader, int from, int to, int value) {
		String digits = String.format("%0" + (to - from) + "d", value);
		digits.getChars(0, digits.length(), leader, from);
	}

	static boolean allDigits(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] < '0' || bytes[i] > '9') {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] bytes, int value, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == value) {
				return i;
			}
		}
		return -1;
	}

}
