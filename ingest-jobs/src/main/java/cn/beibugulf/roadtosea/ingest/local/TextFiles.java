package cn.beibugulf.roadtosea.ingest.local;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.beibugulf.roadtosea.ingest.read.CharsetGuesser;

/**
 * Decodes the text files curators bring: UTF-8 with or without a byte order mark, UTF-16 with one,
 * otherwise the legacy encoding {@link CharsetGuesser} recognises (GBK/GB18030 for Chinese files
 * saved by older Windows tools).
 */
public final class TextFiles {

	private TextFiles() {
	}

	/**
	 * The decoded text and the encoding it was read with.
	 *
	 * @param text the text, without a byte order mark
	 * @param charset the encoding
	 */
	public record Decoded(String text, Charset charset) {
	}

	public static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
					StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
					StandardCharsets.UTF_16BE);
		}
		if (CharsetGuesser.isUtf8(bytes)) {
			return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		}
		Charset legacy = CharsetGuesser.guessLegacy(bytes);
		return new Decoded(new String(bytes, legacy), legacy);
	}

	/**
	 * Decodes a name stored as raw bytes without a declared encoding (a ZIP entry name without the
	 * UTF-8 flag): UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK, what
	 * Chinese Windows writes).
	 */
	public static String decodeName(byte[] raw) {
		if (CharsetGuesser.isUtf8(raw)) {
			return new String(raw, StandardCharsets.UTF_8);
		}
		return new String(raw, CharsetGuesser.GB18030);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		byte[] expected = new byte[prefix.length];
		for (int i = 0; i < prefix.length; i++) {
			expected[i] = (byte) prefix[i];
		}
		return Arrays.equals(bytes, 0, prefix.length, expected, 0, prefix.length);
	}

}
