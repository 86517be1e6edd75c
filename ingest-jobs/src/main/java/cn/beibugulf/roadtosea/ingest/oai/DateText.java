package cn.beibugulf.roadtosea.ingest.oai;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as libraries write them — {@code 2020-03-24T08:00:00Z}, {@code 2020-03}, {@code 2020/3/24},
 * {@code 2020年3月24日}, {@code [1936]}, {@code ca. 1936} — normalised to the index's
 * {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
 */
final class DateText {

	private static final String DAY_PART = "(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?";

	private static final String CHINESE_PART = "(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?";

	private static final Pattern LEADING = Pattern.compile("^\\s*(?:" + CHINESE_PART + "|" + DAY_PART + ")");

	private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(1\\d{3}|20\\d{2})(?!\\d)");

	private static final Pattern PERIOD = Pattern.compile("^\\s*(\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?)?|\\d{4}\\s*年[^-–—~～至到/]*)"
			+ "\\s*(?:-|–|—|~|～|至|到|/)\\s*(\\d{4}(?:-\\d{1,2}(?:-\\d{1,2})?)?|\\d{4}\\s*年.*)\\s*$");

	private DateText() {
	}

	/**
	 * A normalised date.
	 * @param value {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}
	 * @param year its year
	 */
	record Normalised(String value, int year) {
	}

	/**
	 * A period.
	 * @param from start
	 * @param to end
	 */
	record Period(Normalised from, Normalised to) {
	}

	/** The date at the start of the text, else the first plausible year in it. */
	static Optional<Normalised> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Optional<Normalised> leading = leading(text);
		if (leading.isPresent()) {
			return leading;
		}
		Matcher year = ANY_YEAR.matcher(text);
		if (year.find()) {
			int value = Integer.parseInt(year.group(1));
			return Optional.of(new Normalised(String.valueOf(value), value));
		}
		return Optional.empty();
	}

	/** A period such as {@code 1876-1949}, {@code 1958年至1978年} or a single date or year. */
	static Optional<Period> period(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher period = PERIOD.matcher(text);
		if (period.matches()) {
			Optional<Normalised> from = leading(period.group(1));
			Optional<Normalised> to = leading(period.group(2));
			if (from.isPresent() && to.isPresent() && from.get().year() <= to.get().year()) {
				return Optional.of(new Period(from.get(), to.get()));
			}
			return Optional.empty();
		}
		Matcher whole = LEADING.matcher(text);
		if (whole.find() && text.substring(whole.end()).isBlank()) {
			return leading(text).map((date) -> new Period(date, date));
		}
		return Optional.empty();
	}

	private static Optional<Normalised> leading(String text) {
		Matcher matcher = LEADING.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		int offset = (matcher.group(1) != null) ? 1 : 4;
		int year = Integer.parseInt(matcher.group(offset));
		String month = matcher.group(offset + 1);
		String day = matcher.group(offset + 2);
		try {
			if (month == null) {
				return Optional.of(new Normalised(String.format("%04d", year), year));
			}
			int m = Integer.parseInt(month);
			if (day == null) {
				LocalDate.of(year, m, 1);
				return Optional.of(new Normalised(String.format("%04d-%02d", year, m), year));
			}
			LocalDate date = LocalDate.of(year, m, Integer.parseInt(day));
			return Optional.of(new Normalised(date.toString(), year));
		}
		catch (DateTimeException ex) {
			return Optional.of(new Normalised(String.format("%04d", year), year));
		}
	}

}
