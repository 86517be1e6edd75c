package cn.beibugulf.roadtosea.ingest.marc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.marc4j.converter.impl.AnselToUnicode;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

import cn.beibugulf.roadtosea.ingest.marc.Iso2709Structure.RawField;
import cn.beibugulf.roadtosea.ingest.read.CharsetGuesser;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

/**
 * Turns the raw fields of an ISO 2709 record into a marc4j {@link Record} with Unicode text.
 *
 * <p>Encoding: UNIMARC/CNMARC has no encoding flag, so a record is UTF-8 when all its bytes
 * are, else GBK (read as its superset GB18030). MARC 21 with leader/09 'a' is UTF-8. MARC 21 with
 * leader/09 blank is MARC-8 (converted by marc4j, CJK included, field by field so escape
 * sequences keep their scope), except a field whose bytes are valid UTF-8 without escapes (a
 * record half converted to UTF-8), and except a record without any escape whose bytes are no
 * MARC-8 at all (conversion errors, or combining marks before blanks as in Latin-1 "På "): that
 * record's legacy charset is guessed (windows-1251, ISO-8859-1…). Every such decision is recorded.
 *
 * <p>Control characters other than the non-sorting marks (U+0088/U+0089, U+0098/U+009C) are
 * removed; replacement characters already in the data are reported.
 */
final class MarcTextDecoder {

	private static final MarcFactory FACTORY = MarcFactory.newInstance();

	private static final int ESC = 0x1B;

	private MarcTextDecoder() {
	}

	/** The record's flavour, from its tags and (for UNIMARC) its 100 field. */
	static MarcFormat formatOf(Iso2709Structure structure) {
		String field100 = null;
		Set<String> tags = new HashSet<>();
		for (RawField field : structure.fields()) {
			tags.add(field.tag());
			if (field.tag().equals("100") && field100 == null) {
				field100 = subfieldText(field.data(), structure, 'a');
			}
		}
		return MarcFormatDetector.detect(tags, field100);
	}

	static Record decode(Iso2709Structure structure, MarcFormat format, RecordProblems problems) {
		Text text = textFor(structure, format, problems);
		Record record = FACTORY.newRecord(structure.leader());
		for (RawField field : structure.fields()) {
			byte[] data = field.data();
			int indicators = structure.indicatorCount();
			boolean dataField = data.length > indicators && data[indicators] == Iso2709Structure.SUBFIELD_DELIMITER;
			if (field.tag().startsWith("00") && !dataField) {
				String value = clean(text.of(data, field.tag(), problems), field.tag(), problems);
				record.addVariableField(FACTORY.newControlField(field.tag(), value));
			}
			else {
				record.addVariableField(dataField(field, structure, text, problems));
			}
		}
		return record;
	}

	private static DataField dataField(RawField field, Iso2709Structure structure, Text text, RecordProblems problems) {
		byte[] data = field.data();
		int indicators = Math.min(structure.indicatorCount(), data.length);
		int first = indexOf(data, Iso2709Structure.SUBFIELD_DELIMITER, 0);
		if (first != indicators) {
			problems.inField(ReadStage.PARSE, "no subfield delimiter right after the indicators", field.tag());
		}
		DataField dataField = FACTORY.newDataField(field.tag(), indicator(data, 0, indicators),
				indicator(data, 1, indicators));
		if (first < 0) {
			String value = text.of(slice(data, indicators, data.length), field.tag(), problems);
			dataField.addSubfield(FACTORY.newSubfield('a', clean(value, field.tag(), problems)));
			return dataField;
		}
		Marc8State state = new Marc8State();
		int codeBytes = Math.max(1, structure.codeLength() - 1);
		int at = first;
		while (at < data.length) {
			int end = indexOf(data, Iso2709Structure.SUBFIELD_DELIMITER, at + 1);
			end = (end < 0) ? data.length : end;
			byte[] subfield = withoutReplacementCode(slice(data, at + 1, end), field.tag(), problems);
			at = end;
			if (subfield.length == 0) {
				continue;
			}
			char code = (char) (subfield[0] & 0xFF);
			String where = field.tag() + "$" + code;
			if (code <= 0x20 || code >= 0x7F) {
				where = field.tag() + "$" + String.format("(0x%02X)", (int) code);
				problems.inField(ReadStage.PARSE, "subfield code that is a blank, control or non-ASCII byte", where);
			}
			byte[] value = slice(subfield, Math.min(codeBytes, subfield.length), subfield.length);
			byte[] carried = text.marc8() ? state.carry(value) : value;
			dataField.addSubfield(FACTORY.newSubfield(code, clean(text.of(carried, where, problems), where, problems)));
		}
		return dataField;
	}

	/** A subfield whose code was replaced by U+FFFD (EF BF BD) in an earlier conversion, without it. */
	private static byte[] withoutReplacementCode(byte[] subfield, String tag, RecordProblems problems) {
		int skip = 0;
		while (subfield.length >= skip + 3 && (subfield[skip] & 0xFF) == 0xEF && (subfield[skip + 1] & 0xFF) == 0xBF
				&& (subfield[skip + 2] & 0xFF) == 0xBD) {
			skip += 3;
		}
		if (skip > 0) {
			problems.inField(ReadStage.CONVERT, "replacement characters (U+FFFD) from an earlier bad conversion, "
					+ "in place of a subfield code: dropped", tag);
		}
		return (skip == 0) ? subfield : slice(subfield, skip, subfield.length);
	}

	private static char indicator(byte[] data, int position, int indicators) {
		if (position >= indicators) {
			return ' ';
		}
		int b = data[position] & 0xFF;
		return (b >= 0x20 && b < 0x7F) ? (char) b : ' ';
	}

	/** How the bytes of this record become text; {@code marc8} when escape state carries across subfields. */
	private record Text(Decoder decoder, boolean marc8) {

		String of(byte[] bytes, String where, RecordProblems problems) {
			return this.decoder.of(bytes, where, problems);
		}

	}

	@FunctionalInterface
	private interface Decoder {

		String of(byte[] bytes, String where, RecordProblems problems);

	}

	private static Text textFor(Iso2709Structure structure, MarcFormat format, RecordProblems problems) {
		byte[] all = allData(structure);
		if (format == MarcFormat.UNIMARC) {
			if (CharsetGuesser.isUtf8(all) || !CharsetGuesser.decodesStrictly(all, CharsetGuesser.GB18030)) {
				return new Text(MarcTextDecoder::utf8, false);
			}
			return new Text((bytes, tag, p) -> new String(bytes, CharsetGuesser.GB18030), false);
		}
		char scheme = structure.leader().charAt(9);
		if (scheme == 'a') {
			return new Text(MarcTextDecoder::utf8, false);
		}
		if (scheme != ' ') {
			problems.add(ReadStage.DECODE,
					"leader/09 is '" + scheme + "', neither blank (MARC-8) nor 'a' (UTF-8): read as MARC-8");
		}
		if (indexOf(all, ESC, 0) < 0 && !CharsetGuesser.isUtf8(all) && !looksLikeMarc8(structure)) {
			Charset legacy = CharsetGuesser.guessLegacy(all);
			problems.add(ReadStage.DECODE, "leader/09 says MARC-8, but the text is not MARC-8: decoded as " + legacy.name()
					+ " (detected)");
			return new Text((bytes, tag, p) -> new String(bytes, legacy), false);
		}
		return new Text(MarcTextDecoder::marc8OrUtf8, true);
	}

	private static String utf8(byte[] bytes, String tag, RecordProblems problems) {
		if (!CharsetGuesser.isUtf8(bytes)) {
			problems.inField(ReadStage.CONVERT, "bytes that are not UTF-8 replaced by U+FFFD", tag);
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static String marc8OrUtf8(byte[] bytes, String tag, RecordProblems problems) {
		boolean escapes = indexOf(bytes, ESC, 0) >= 0;
		if (!escapes && CharsetGuesser.isAscii(bytes) && !hasNumericReference(bytes)) {
			return new String(bytes, StandardCharsets.US_ASCII);
		}
		if (!escapes && !CharsetGuesser.isAscii(bytes) && CharsetGuesser.isUtf8(bytes)) {
			problems.inField(ReadStage.DECODE, "leader/09 says MARC-8, but the text is UTF-8: read as UTF-8", tag);
			return new String(bytes, StandardCharsets.UTF_8);
		}
		List<String> errors = new ArrayList<>();
		String text = marc8(bytes, errors);
		errors.forEach((error) -> problems.inField(ReadStage.CONVERT, "MARC-8 conversion: " + shorter(error), tag));
		return text;
	}

	private static String marc8(byte[] bytes, List<String> errors) {
		AnselToUnicode converter = new AnselToUnicode((severity, message) -> errors.add(message));
		converter.setTranslateNCR(true);
		char[] chars = new char[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			chars[i] = (char) (bytes[i] & 0xFF);
		}
		return converter.convert(chars);
	}

	/** marc4j's message without the dump of the characters around the error. */
	private static String shorter(String message) {
		int dump = message.indexOf(" At offset");
		String text = (dump > 0) ? message.substring(0, dump) : message;
		return (text.length() > 160) ? text.substring(0, 160) + "…" : text;
	}

	/** Whether the bytes hold a lossless Unicode reference ("&#x8ECA;") as MARC-8 allows. */
	private static boolean hasNumericReference(byte[] bytes) {
		return new String(bytes, StandardCharsets.US_ASCII).contains("&#x");
	}

	/**
	 * Whether a record without escape sequences reads as MARC-8: conversion reports no error and
	 * no combining mark (0xE0-0xFE, written before its letter) stands before a blank, a digit,
	 * punctuation or the end of a subfield, where Latin-1 or windows-1251 letters often stand.
	 */
	private static boolean looksLikeMarc8(Iso2709Structure structure) {
		for (RawField field : structure.fields()) {
			byte[] data = field.data();
			for (int i = 0; i < data.length; i++) {
				int b = data[i] & 0xFF;
				if (b >= 0xE0 && b <= 0xFE) {
					int next = (i + 1 < data.length) ? data[i + 1] & 0xFF : -1;
					boolean beforeLetter = (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next >= 0x80
							|| next == '&';
					if (!beforeLetter) {
						return false;
					}
				}
			}
			List<String> errors = new ArrayList<>();
			marc8(data, errors);
			if (!errors.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** Removes control characters (keeping the non-sorting marks) and reports them and U+FFFD. */
	static String clean(String value, String where, RecordProblems problems) {
		if (value.indexOf('\uFFFD') >= 0) {
			problems.inField(ReadStage.CONVERT, "replacement characters (U+FFFD) from an earlier bad conversion", where);
		}
		StringBuilder out = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean control = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0 && !isNonSortingMark(c));
			if (control) {
				if (out == null) {
					out = new StringBuilder(value.substring(0, i));
					problems.inField(ReadStage.CONVERT, "control characters removed", where);
				}
			}
			else if (out != null) {
				out.append(c);
			}
		}
		return (out != null) ? out.toString() : value;
	}

	static boolean isNonSortingMark(char c) {
		return c == '\u0088' || c == '\u0089' || c == '\u0098' || c == '\u009C';
	}

	private static String subfieldText(byte[] data, Iso2709Structure structure, char code) {
		int at = indexOf(data, Iso2709Structure.SUBFIELD_DELIMITER, 0);
		while (at >= 0 && at + 1 < data.length) {
			int end = indexOf(data, Iso2709Structure.SUBFIELD_DELIMITER, at + 1);
			if (data[at + 1] == code) {
				return new String(slice(data, at + 2, (end < 0) ? data.length : end), StandardCharsets.ISO_8859_1);
			}
			at = end;
		}
		return "";
	}

	private static byte[] allData(Iso2709Structure structure) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		structure.fields().forEach((field) -> all.writeBytes(field.data()));
		return all.toByteArray();
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		return Arrays.copyOfRange(bytes, Math.min(from, to), to);
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
