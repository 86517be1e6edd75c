package cn.beibugulf.roadtosea.ingest.sheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as curators type it in a sheet — {@code 2020-03-24}, {@code 2020/3/24}, {@code 2020.3.24},
 * {@code 2020年3月24日}, {@code 2020-03}, {@code 2020年3月}, {@code 2020}, {@code 2020年} (an ISO date-time
 * keeps its date) — with the days it covers. Anything else, or a day that does not exist, is not a
 * date: the row is skipped rather than guessed at.
 *
 * @param value {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}
 * @param first the first day it covers
 * @param last the last day it covers
 */
public record SheetDate(String value, LocalDate first, LocalDate last) {

	private static final Pattern NUMERIC = Pattern
		.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)?)?");

	private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?");

	public int year() {
		return this.first.getYear();
	}

	/**
	 * @return the date, or empty when the text is not one of the accepted forms or names a day that
	 * does not exist
	 */
	public static Optional<SheetDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = toHalfWidth(text.strip());
		Matcher matcher = NUMERIC.matcher(value);
		if (!matcher.matches()) {
			matcher = CHINESE.matcher(value);
			if (!matcher.matches()) {
				return Optional.empty();
			}
		}
		try {
			int year = Integer.parseInt(matcher.group(1));
			if (matcher.group(2) == null) {
				return Optional.of(new SheetDate(String.valueOf(year), Year.of(year).atDay(1),
						Year.of(year).atMonth(12).atEndOfMonth()));
			}
			YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
			if (matcher.group(3) == null) {
				return Optional.of(new SheetDate(month.toString(), month.atDay(1), month.atEndOfMonth()));
			}
			LocalDate day = month.atDay(Integer.parseInt(matcher.group(3)));
			return Optional.of(new SheetDate(day.toString(), day, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String toHalfWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append((c >= '０' && c <= '９') ? (char) (c - '０' + '0') : (c == '－') ? '-' : (c == '／') ? '/' : c);
		}
		return out.toString();
	}

}
