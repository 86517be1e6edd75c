package cn.beibugulf.roadtosea.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import cn.beibugulf.roadtosea.ingest.read.CharsetGuesser;

/**
 * Turns the bytes of a web page into a jsoup document, whatever the server and the page say about
 * their charset. In order: a byte order mark; UTF-8 when the bytes are valid UTF-8 (labels that say
 * otherwise over UTF-8 bytes are a common lie), or mostly so (a few broken sequences become
 * U+FFFD); the HTTP {@code Content-Type} charset, then the page's first {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type">}, each only when it decodes the bytes (a Western
 * single-byte label, which decodes anything, yields to {@link CharsetGuesser} when the bytes plainly
 * are Chinese or Cyrillic); finally {@link CharsetGuesser#guessLegacy(byte[])}.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlDecoder {

	/** The bytes of a page and what decoded them. */
	public record DecodedPage(Document document, Charset charset, String how) {
	}

	private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)");

	/** {@code <meta charset="x">} or a {@code content} naming {@code charset=x} in a meta element. */
	private static final Pattern META_CHARSET = Pattern.compile(
			"(?is)<meta\\b[^>]*?(?:\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)"
					+ "|\\bhttp-equiv\\s*=\\s*[\"']?content-type[^>]*?charset\\s*=\\s*([A-Za-z0-9._:\\-]+))");

	private static final int HEAD = 4096;

	private HtmlDecoder() {
	}

	/**
	 * @param bytes the page as served
	 * @param contentType the HTTP {@code Content-Type}, or null
	 * @param baseUri the page's URL, against which relative links resolve
	 */
	public static DecodedPage decode(byte[] bytes, @Nullable String contentType, String baseUri) {
		Decoding decoding = charsetOf(bytes, contentType);
		String text = new String(bytes, decoding.offset(), bytes.length - decoding.offset(), decoding.charset());
		return new DecodedPage(Jsoup.parse(text, baseUri), decoding.charset(), decoding.how());
	}

	private record Decoding(Charset charset, String how, int offset) {
	}

	private static Decoding charsetOf(byte[] b, @Nullable String contentType) {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
			return new Decoding(StandardCharsets.UTF_8, "byte order mark", 3);
		}
		if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
			return new Decoding(StandardCharsets.UTF_16LE, "byte order mark", 2);
		}
		if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
			return new Decoding(StandardCharsets.UTF_16BE, "byte order mark", 2);
		}
		if (CharsetGuesser.isUtf8(b)) {
			return new Decoding(StandardCharsets.UTF_8, "UTF-8 bytes", 0);
		}
		if (CharsetGuesser.invalidUtf8Sequences(b) > 0) {
			return new Decoding(StandardCharsets.UTF_8, "mostly UTF-8 bytes", 0);
		}
		for (Charset label : new Charset[] { charset(httpCharset(contentType)), charset(metaCharset(b)) }) {
			if (label == null || label.equals(StandardCharsets.UTF_8) || label.name().startsWith("UTF-16")
					|| !CharsetGuesser.decodesStrictly(b, label)) {
				continue;
			}
			if (CharsetGuesser.isWesternSingleByte(label)) {
				Charset guessed = CharsetGuesser.guessLegacy(b);
				if (!CharsetGuesser.isWesternSingleByte(guessed)) {
					return new Decoding(guessed, "detected (the label said " + label.name() + ")", 0);
				}
			}
			return new Decoding(label, "label", 0);
		}
		return new Decoding(CharsetGuesser.guessLegacy(b), "detected", 0);
	}

	static @Nullable String httpCharset(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		Matcher matcher = HTTP_CHARSET.matcher(contentType);
		return matcher.find() ? matcher.group(1) : null;
	}

	static @Nullable String metaCharset(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
		Matcher matcher = META_CHARSET.matcher(head);
		while (matcher.find()) {
			String name = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			if (charset(name) != null) {
				return name;
			}
		}
		return null;
	}

	/** The charset a label names, as browsers read labels (GB2312 and GBK mean GB18030), or null. */
	static @Nullable Charset charset(@Nullable String label) {
		if (label == null || label.isBlank()) {
			return null;
		}
		String name = label.strip().toLowerCase(Locale.ROOT);
		if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) {
			return CharsetGuesser.GB18030;
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

}
