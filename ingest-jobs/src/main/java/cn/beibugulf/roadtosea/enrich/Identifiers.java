package cn.beibugulf.roadtosea.enrich;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOIs and ISBNs found in identifier strings, normalised so the same work compares equal.
 */
final class Identifiers {

	/** A DOI anywhere in the text: "10.", a registrant code, "/", a suffix without spaces. */
	private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

	/** An ISBN candidate: 10 or 13 digits, possibly split by hyphens or spaces, X last. */
	private static final Pattern ISBN = Pattern.compile("(?<![\\dXx])(?:97[89][- ]?)?\\d(?:[- ]?\\d){8}[- ]?[\\dXx](?![\\dXx])");

	private Identifiers() {
	}

	/**
	 * The DOI in an identifier ({@code 10.1000/XYZ}, {@code doi:…}, {@code https://doi.org/…}),
	 * lower-case (DOIs are case-insensitive), URL-decoded, trailing punctuation removed.
	 */
	static Optional<String> doi(String identifier) {
		String text = Normalizer.normalize(identifier, Normalizer.Form.NFKC);
		if (text.contains("%")) {
			try {
				text = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				// not URL-encoded after all: keep the text as it is
			}
		}
		Matcher matcher = DOI.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		String doi = matcher.group().replaceAll("[.,;:)\\]}>\"'。，；]+$", "");
		return Optional.of(doi.toLowerCase(Locale.ROOT));
	}

	/**
	 * The ISBN in an identifier as 13 digits ("ISBN 7-5633-…" becomes "978…" with a new check
	 * digit); empty when there is none or its check digit is wrong. A ten-digit number counts
	 * only when it is the whole identifier or the identifier says "ISBN", so that other numeric
	 * identifiers are not taken for one.
	 */
	static Optional<String> isbn13(String identifier) {
		String text = Normalizer.normalize(identifier, Normalizer.Form.NFKC);
		Matcher matcher = ISBN.matcher(text);
		while (matcher.find()) {
			String digits = matcher.group().replaceAll("[- ]", "").toUpperCase(Locale.ROOT);
			if (digits.length() == 13 && isValidIsbn13(digits)) {
				return Optional.of(digits);
			}
			boolean labelled = text.toLowerCase(Locale.ROOT).contains("isbn") || text.strip().equals(matcher.group());
			if (digits.length() == 10 && labelled && isValidIsbn10(digits)) {
				String body = "978" + digits.substring(0, 9);
				return Optional.of(body + isbn13CheckDigit(body));
			}
		}
		return Optional.empty();
	}

	private static boolean isValidIsbn10(String digits) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			char c = digits.charAt(i);
			int value;
			if (c == 'X') {
				if (i != 9) {
					return false;
				}
				value = 10;
			}
			else {
				value = c - '0';
			}
			sum += (10 - i) * value;
		}
		return sum % 11 == 0;
	}

	private static boolean isValidIsbn13(String digits) {
		if (!digits.startsWith("978") && !digits.startsWith("979") || digits.indexOf('X') >= 0) {
			return false;
		}
		return isbn13CheckDigit(digits.substring(0, 12)) == digits.charAt(12) - '0';
	}

	private static int isbn13CheckDigit(String twelveDigits) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelveDigits.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return (10 - sum % 10) % 10;
	}

}
