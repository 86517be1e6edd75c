package cn.beibugulf.roadtosea.ingest.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Chinese that came out of a PDF as Latin-1 look-alikes: a font without a Unicode mapping
 * ({@code ToUnicode}) whose codes are GBK bytes, so {@code 北斗星} is extracted as {@code ±±¶·ÐÇ}.
 * Such text cannot be searched; the file is refused with an example instead of being indexed.
 */
final class GarbledText {

	/** At least two GBK double-byte characters' worth of Latin-1 letters and signs (0xA1-0xFE). */
	private static final Pattern RUN = Pattern.compile("[\\u00A1-\\u00FE]{4,}");

	private static final Charset GBK = Charset.forName("GBK");

	private GarbledText() {
	}

	/**
	 * The first run of the text that is GBK-encoded Chinese read as Latin-1, with what it says:
	 * {@code '±±¶·ÐÇ' (GBK for 北斗星)}; empty when there is none.
	 */
	static Optional<String> gbkReadAsLatin1(String text) {
		Matcher run = RUN.matcher(text);
		while (run.find()) {
			String found = run.group();
			String even = found.substring(0, found.length() - (found.length() % 2));
			Optional<String> chinese = decode(even);
			if (chinese.isPresent()) {
				return Optional.of("'" + even + "' (GBK for " + chinese.get() + ")");
			}
		}
		return Optional.empty();
	}

	/** The characters the bytes stand for in GBK, when they are all Chinese ideographs. */
	private static Optional<String> decode(String latin1) {
		try {
			String decoded = GBK.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1)))
				.toString();
			boolean han = !decoded.isEmpty() && decoded.codePoints()
				.allMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
			return han ? Optional.of(decoded) : Optional.empty();
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
