package cn.beibugulf.roadtosea.enrich;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A key shared by the records of one work harvested from different sources, so the portal can
 * group them: {@code doi:10.1000/xyz} when a DOI is known, else {@code isbn:9787…} (ISBN-13, an
 * ISBN-10 is converted), else {@code t:} and the first 20 hex digits of the SHA-1 of the
 * normalised title, the year and the first creator's normalised name.
 *
 * @param value the key, e.g. {@code doi:10.1000/xyz}
 */
public record WorkKey(String value) {

	static final int HASH_HEX_DIGITS = 20;

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

	public WorkKey {
		if (value.isBlank()) {
			throw new IllegalArgumentException("A work key cannot be blank");
		}
	}

	/**
	 * The key of a work.
	 * @param identifiers the record's identifiers in any form (a bare or URL DOI, "ISBN
	 * 978-7-…", other identifiers are ignored)
	 * @param title the main title
	 * @param date any date text; its first four-digit year is used
	 * @param firstCreator the first author, editor or other creator
	 * @return the key, empty when there is neither a DOI, an ISBN nor a title
	 */
	public static Optional<WorkKey> of(Collection<String> identifiers, @Nullable String title, @Nullable String date,
			@Nullable String firstCreator) {
		Optional<String> doi = identifiers.stream().flatMap(id -> Identifiers.doi(id).stream()).findFirst();
		if (doi.isPresent()) {
			return Optional.of(new WorkKey("doi:" + doi.get()));
		}
		Optional<String> isbn = identifiers.stream().flatMap(id -> Identifiers.isbn13(id).stream()).findFirst();
		if (isbn.isPresent()) {
			return Optional.of(new WorkKey("isbn:" + isbn.get()));
		}
		String normalisedTitle = normalizeTitle(title);
		if (normalisedTitle.isEmpty()) {
			return Optional.empty();
		}
		String material = normalisedTitle + "|" + year(date) + "|" + normalizeName(firstCreator);
		return Optional.of(new WorkKey("t:" + sha1Hex(material).substring(0, HASH_HEX_DIGITS)));
	}

	/**
	 * A title folded for comparison: Simplified, half-width, lower-case, only letters and digits
	 * ("《北海　史話》: Vol. 1" → "北海史话vol1").
	 */
	public static String normalizeTitle(@Nullable String title) {
		return fold(title).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/**
	 * A person's or body's name folded for comparison: like a title, but the words of a Latin
	 * name are sorted, so "Li, Daohai" and "Daohai Li" meet ("daohaili").
	 */
	public static String normalizeName(@Nullable String name) {
		return Arrays.stream(fold(name).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> !word.isEmpty())
			.sorted()
			.collect(Collectors.joining());
	}

	private static String fold(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return ChineseText.toSimplified(halfWidth).toLowerCase(Locale.ROOT);
	}

	private static String year(@Nullable String date) {
		if (date == null) {
			return "";
		}
		Matcher matcher = YEAR.matcher(Normalizer.normalize(date, Normalizer.Form.NFKC));
		return matcher.find() ? matcher.group(1) : "";
	}

	private static String sha1Hex(String text) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-1", ex);
		}
	}

}
