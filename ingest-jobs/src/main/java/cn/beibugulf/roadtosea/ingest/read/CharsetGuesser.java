package cn.beibugulf.roadtosea.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Guesses the legacy encoding of text that is not UTF-8, for the sources of this portal: Chinese
 * in GB2312/GBK/GB18030 or Big5, Russian in windows-1251, Western European in ISO-8859-1 or
 * windows-1252.
 *
 * <p>Statistical detectors (ICU's, which Tika carries) need a few hundred bytes of text and
 * readily call a short Chinese title ISO-8859-1. Structure decides first here: Western text has
 * single accented letters inside ASCII words; Russian text has whole words of high bytes that
 * are all Cyrillic letters in windows-1251; Chinese has runs of double-byte pairs, and GB2312's
 * pairs never use a trail byte below 0xA1, where Big5's often do; Big5 read as GBK gives rare
 * characters outside GB2312. ICU's detector handles the rest (Japanese, Korean, other single-byte
 * sets).
 */
public final class CharsetGuesser {

	public static final Charset GB18030 = Charset.forName("GB18030");

	public static final Charset BIG5 = Charset.forName("Big5");

	public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Charset GB2312 = Charset.forName("GB2312");

	private CharsetGuesser() {
	}

	/** Whether the bytes are strictly valid UTF-8 (pure ASCII is). */
	public static boolean isUtf8(byte[] bytes) {
		return decodesStrictly(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * How many byte sequences are not valid UTF-8 in bytes that are otherwise UTF-8 text: zero
	 * for valid UTF-8, -1 when the bytes are not mostly UTF-8 (fewer than 20 valid non-ASCII
	 * characters for each invalid sequence), which is what legacy-encoded text looks like.
	 */
	public static int invalidUtf8Sequences(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		int invalid = 0;
		int valid = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\uFFFD') {
				invalid++;
			}
			else if (c >= 0x80) {
				valid++;
			}
		}
		return (invalid == 0 || valid >= 20 * invalid) ? invalid : -1;
	}

	/** Whether every byte is below 0x80. */
	public static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	/** Whether the charset maps every byte sequence of {@code bytes} to characters. */
	public static boolean decodesStrictly(byte[] bytes, Charset charset) {
		try {
			charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** Whether the charset is one of the Western single-byte sets that decode any byte. */
	public static boolean isWesternSingleByte(Charset charset) {
		String name = charset.name();
		return name.equals("ISO-8859-1") || name.equals("windows-1252") || name.equals("US-ASCII");
	}

	/**
	 * The most likely legacy encoding of bytes that are not UTF-8. Never fails: the last resort is
	 * windows-1252, or ISO-8859-1 when the bytes use windows-1252's five undefined positions.
	 */
	public static Charset guessLegacy(byte[] bytes) {
		HighRuns runs = HighRuns.of(bytes);
		if (runs.count() == 0) {
			return StandardCharsets.US_ASCII;
		}
		if (runs.meanLength() < 1.6 && letterFraction(bytes, WINDOWS_1252, Character.UnicodeScript.LATIN) >= 0.9) {
			return westernFor(bytes);
		}
		if (runs.meanLength() >= 2.5
				&& letterFraction(bytes, WINDOWS_1251, Character.UnicodeScript.CYRILLIC) >= 0.9) {
			return WINDOWS_1251;
		}
		if (decodesStrictly(bytes, GB2312)) {
			return GB18030;
		}
		boolean big5 = decodesStrictly(bytes, BIG5);
		boolean gbk = decodesStrictly(bytes, GB18030) && !runs.hasFourByteGb18030();
		if (big5 && !gbk) {
			return BIG5;
		}
		if (gbk && !big5) {
			return GB18030;
		}
		if (big5) {
			// Big5 read as GBK gives rare characters outside GB2312; GBK text is mostly inside it
			return (gb2312Fraction(new String(bytes, GB18030)) >= 0.8) ? GB18030 : BIG5;
		}
		return detected(bytes);
	}

	private static Charset detected(byte[] bytes) {
		CharsetDetector detector = new CharsetDetector();
		detector.setText(bytes);
		for (CharsetMatch match : detector.detectAll()) {
			if (match.getConfidence() < 30 || !Charset.isSupported(match.getName())) {
				continue;
			}
			Charset charset = Charset.forName(match.getName());
			if (!charset.equals(StandardCharsets.UTF_8) && !charset.name().startsWith("UTF-16")
					&& decodesStrictly(bytes, charset)) {
				return charset;
			}
		}
		return westernFor(bytes);
	}

	private static double gb2312Fraction(String text) {
		CharsetEncoder gb2312 = GB2312.newEncoder();
		int high = 0;
		int common = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				high++;
				if (gb2312.canEncode(c)) {
					common++;
				}
			}
		}
		return (high == 0) ? 0 : (double) common / high;
	}

	private static Charset westernFor(byte[] bytes) {
		return decodesStrictly(bytes, WINDOWS_1252) ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
	}

	/** The share of non-ASCII characters, decoded with {@code charset}, that are letters of {@code script}. */
	private static double letterFraction(byte[] bytes, Charset charset, Character.UnicodeScript script) {
		String text = new String(bytes, charset);
		int high = 0;
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				continue;
			}
			high++;
			if (Character.isLetter(c) && Character.UnicodeScript.of(c) == script) {
				letters++;
			}
		}
		return (high == 0) ? 0 : (double) letters / high;
	}

	/** Maximal runs of bytes at or above 0x80. */
	private record HighRuns(int count, int totalLength, boolean hasFourByteGb18030) {

		static HighRuns of(byte[] bytes) {
			int count = 0;
			int total = 0;
			boolean fourByte = false;
			int i = 0;
			while (i < bytes.length) {
				if (bytes[i] >= 0) {
					i++;
					continue;
				}
				count++;
				while (i < bytes.length && bytes[i] < 0) {
					// a GB18030 four-byte sequence has an ASCII digit as its second byte
					if (i + 3 < bytes.length && isDigit(bytes[i + 1]) && bytes[i + 2] < 0 && isDigit(bytes[i + 3])) {
						fourByte = true;
					}
					total++;
					i++;
				}
			}
			return new HighRuns(count, total, fourByte);
		}

		private static boolean isDigit(byte b) {
			return b >= '0' && b <= '9';
		}

		double meanLength() {
			return (this.count == 0) ? 0 : (double) this.totalLength / this.count;
		}

	}

}
