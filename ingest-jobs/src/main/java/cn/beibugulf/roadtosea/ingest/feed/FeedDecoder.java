package cn.beibugulf.roadtosea.ingest.feed;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import cn.beibugulf.roadtosea.ingest.read.CharsetGuesser;
import cn.beibugulf.roadtosea.ingest.read.ReadError;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

/**
 * Turns the bytes of a feed into XML text an XML parser accepts, whatever the server did.
 *
 * <p>Charset, in order: a byte order mark; UTF-8 when the bytes are valid UTF-8 and not plain
 * ASCII (whatever was declared: a declaration that says GBK over UTF-8 bytes is a common lie); the
 * HTTP {@code Content-Type} charset, then the XML declaration's encoding, each only if it decodes
 * the bytes (a Western single-byte label such as ISO-8859-1 decodes anything, so it yields to the
 * declaration, and to {@link CharsetGuesser} when the bytes plainly are Chinese or Cyrillic);
 * finally {@link CharsetGuesser#guessLegacy(byte[])}. Every time the bytes contradict a label the
 * result carries a {@link ReadStage#DECODE} problem saying what was done.
 *
 * <p>Text: the byte order mark, anything blank before the first markup and the XML declaration
 * are removed (the text is already decoded, and strict parsers reject a declaration after a blank
 * line); a DOCTYPE without an internal subset (RSS 0.91's Netscape DTD) is removed; one with an
 * internal subset is kept so the safe parser refuses it. HTML pages and fragments are rejected
 * with a reason, and undeclared HTML entities are repaired (see {@link HtmlEntities}).
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedDecoder {

	private static final String WHERE = "feed";

	private static final Pattern DECLARED = Pattern
		.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");

	private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?\\s*([A-Za-z0-9._:\\-]+)");

	private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.\\-]*)(?::([\\w.\\-]+))?");

	/** Decodes bytes served without a Content-Type charset. */
	public DecodedFeed decode(byte[] bytes) {
		return decode(bytes, null);
	}

	/**
	 * Decodes the bytes of a feed.
	 * @param bytes the body as served
	 * @param contentType the HTTP {@code Content-Type} header, or {@code null}
	 */
	public DecodedFeed decode(byte[] bytes, @Nullable String contentType) {
		List<ReadError> problems = new ArrayList<>();
		Decoding decoding = charsetOf(bytes, contentType, problems);
		String text = new String(bytes, decoding.offset(), bytes.length - decoding.offset(), decoding.charset());
		FeedProlog prolog = FeedProlog.read(text);
		if (prolog.notAFeed() != null) {
			return new DecodedFeed("", decoding.charset(), decoding.source(), problems, prolog.notAFeed());
		}
		HtmlEntities.Repair repair = HtmlEntities.repair(prolog.xml());
		if (repair.count() > 0) {
			problems.add(new ReadError(WHERE, ReadStage.PARSE, "not well-formed XML: undeclared HTML entities replaced by "
					+ "the characters they stand for: " + describe(repair)));
		}
		return new DecodedFeed(repair.text(), decoding.charset(), decoding.source(), problems, null);
	}

	private static String describe(HtmlEntities.Repair repair) {
		List<String> parts = new ArrayList<>();
		repair.replaced().forEach((name, count) -> parts.add(name + " ×" + count));
		return String.join(", ", parts);
	}

	private record Decoding(Charset charset, String source, int offset) {
	}

	private static Decoding charsetOf(byte[] bytes, @Nullable String contentType, List<ReadError> problems) {
		Decoding bom = byteOrderMark(bytes);
		if (bom != null) {
			return bom;
		}
		if (bytes.length >= 2 && (bytes[0] == '<' && bytes[1] == 0)) {
			return new Decoding(StandardCharsets.UTF_16LE, "UTF-16 bytes", 0);
		}
		if (bytes.length >= 2 && (bytes[0] == 0 && bytes[1] == '<')) {
			return new Decoding(StandardCharsets.UTF_16BE, "UTF-16 bytes", 0);
		}
		Label http = label(httpCharset(contentType), "the HTTP Content-Type says charset=", problems);
		Label declared = label(declaredEncoding(bytes), "the XML declaration says encoding=", problems);
		if (CharsetGuesser.isAscii(bytes)) {
			return new Decoding(StandardCharsets.UTF_8, "ASCII bytes", 0);
		}
		if (CharsetGuesser.isUtf8(bytes)) {
			List<String> lies = new ArrayList<>();
			for (Label label : List.of(http, declared)) {
				if (label.charset() != null && !label.charset().equals(StandardCharsets.UTF_8)) {
					lies.add(label.describe());
				}
			}
			if (!lies.isEmpty()) {
				problems.add(new ReadError(WHERE, ReadStage.DECODE,
						String.join(" and ", lies) + ", but the bytes are UTF-8: decoded as UTF-8"));
			}
			return new Decoding(StandardCharsets.UTF_8, "UTF-8 bytes", 0);
		}
		int invalid = CharsetGuesser.invalidUtf8Sequences(bytes);
		if (invalid > 0 && isUtf8OrNone(http) && isUtf8OrNone(declared)) {
			problems.add(new ReadError(WHERE, ReadStage.DECODE, "UTF-8 text with " + invalid
					+ " invalid byte sequence(s): each replaced by U+FFFD"));
			return new Decoding(StandardCharsets.UTF_8, (declared.charset() != null) ? "declaration" : "default", 0);
		}
		List<Label> candidates = new ArrayList<>();
		if (http.charset() != null && CharsetGuesser.isWesternSingleByte(http.charset()) && declared.charset() != null) {
			candidates.add(declared);
			candidates.add(http);
		}
		else {
			candidates.add(http);
			candidates.add(declared);
		}
		for (Label label : candidates) {
			Charset charset = label.charset();
			if (charset == null || charset.equals(StandardCharsets.UTF_8)
					|| !CharsetGuesser.decodesStrictly(bytes, charset)) {
				continue;
			}
			if (CharsetGuesser.isWesternSingleByte(charset)) {
				Charset guessed = CharsetGuesser.guessLegacy(bytes);
				if (!CharsetGuesser.isWesternSingleByte(guessed)) {
					problems.add(new ReadError(WHERE, ReadStage.DECODE, label.describe() + ", but the bytes are "
							+ guessed.name() + " text: decoded as " + guessed.name() + " (detected)"));
					return new Decoding(guessed, "detected", 0);
				}
			}
			return new Decoding(charset, label.source(), 0);
		}
		Charset guessed = CharsetGuesser.guessLegacy(bytes);
		String labels = (http.charset() == null && declared.charset() == null)
				? "no encoding is declared (so UTF-8 applies)"
				: String.join(" and ", candidates.stream().filter((l) -> l.charset() != null).map(Label::describe).toList());
		problems.add(new ReadError(WHERE, ReadStage.DECODE,
				labels + ", but the bytes do not decode as that: decoded as " + guessed.name() + " (detected)"));
		return new Decoding(guessed, "detected", 0);
	}

	private static boolean isUtf8OrNone(Label label) {
		return label.charset() == null || label.charset().equals(StandardCharsets.UTF_8);
	}

	private static @Nullable Decoding byteOrderMark(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
			return new Decoding(StandardCharsets.UTF_8, "BOM", 3);
		}
		if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
			return new Decoding(StandardCharsets.UTF_16LE, "BOM", 2);
		}
		if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
			return new Decoding(StandardCharsets.UTF_16BE, "BOM", 2);
		}
		return null;
	}

	private static @Nullable String httpCharset(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		Matcher matcher = HTTP_CHARSET.matcher(contentType);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static @Nullable String declaredEncoding(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
		Matcher matcher = DECLARED.matcher(head);
		return matcher.find() ? matcher.group(1) : null;
	}

	/** A charset label from HTTP or the declaration, resolved to the charset that decodes what it means. */
	private record Label(@Nullable String name, @Nullable Charset charset, String prefix, String source) {

		String describe() {
			return this.prefix + this.name;
		}

	}

	private static Label label(@Nullable String name, String prefix, List<ReadError> problems) {
		String source = prefix.contains("HTTP") ? "HTTP" : "declaration";
		if (name == null) {
			return new Label(null, null, prefix, source);
		}
		try {
			return new Label(name, resolve(name), prefix, source);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			problems.add(new ReadError(WHERE, ReadStage.DECODE, prefix + name + ", which is not a known charset: ignored"));
			return new Label(name, null, prefix, source);
		}
	}

	/**
	 * The charset to decode a label with: as browsers do, GB2312 and GBK labels decode as their
	 * superset GB18030, and ISO-8859-1 and US-ASCII as windows-1252.
	 */
	private static Charset resolve(String name) {
		String key = name.toLowerCase(Locale.ROOT).replace("_", "-");
		return switch (key) {
			case "gb2312", "gbk", "x-gbk", "euc-cn", "cp936", "gb18030" -> CharsetGuesser.GB18030;
			case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1" -> CharsetGuesser.WINDOWS_1252;
			default -> Charset.forName(name);
		};
	}

}
