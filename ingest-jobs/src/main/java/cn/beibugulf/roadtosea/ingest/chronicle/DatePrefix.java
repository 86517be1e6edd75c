package cn.beibugulf.roadtosea.ingest.chronicle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The date an entry line starts with, as written: "1月5日", "2020年11月6至8日", "3月24日-30日",
 * "6月25日至7月6日", "11月13日下午至11月14日", "5月18-5月21日", "2月-3月", "5月". Time-of-day words
 * (上午, 期间…) and the separator before the text are part of the prefix.
 */
record DatePrefix(@Nullable Integer year, int month, @Nullable Integer day, @Nullable Integer endYear,
		@Nullable Integer endMonth, @Nullable Integer endDay, boolean range, String text, boolean digitsAfterDate) {

	private static final String DASH = "(?:-|－|—|–|―|~|～|〜|至|到)";

	private static final String TIME_WORD = "(?:上午|下午|中午|晚上|晚间|傍晚|早上|凌晨|全天|上旬|中旬|下旬|期间|(?:初|底|末)(?=[\\s，,、：:]|$))";

	private static final Pattern PREFIX = Pattern.compile("^(?<date>(?:(?<y1>\\d{4})年)?(?<m1>\\d{1,2})月份?"
			+ "(?:(?<d1>\\d{1,2})(?:日|号|(?=\\s*" + DASH + ")))?" + TIME_WORD + "*"
			+ "(?<range>\\s*" + DASH + "+\\s*(?:(?<y2>\\d{4})年)?(?:(?<m2>\\d{1,2})月份?)?(?:(?<d2>\\d{1,2})(?:日|号)?)?"
			+ TIME_WORD + "*)?)[\\s，,、：:]*");

	/**
	 * The date at the start of a line.
	 * @param line a line with full-width digits already {@link #normalize normalised}, stripped
	 * @return the date and the text after it, empty when the line does not start with a month
	 */
	static Optional<DatePrefix> of(String line) {
		Matcher m = PREFIX.matcher(line);
		if (!m.lookingAt()) {
			return Optional.empty();
		}
		boolean range = m.group("range") != null && (m.group("m2") != null || m.group("d2") != null);
		boolean digitsAfterDate = m.end("date") < line.length() && Character.isDigit(line.charAt(m.end("date")));
		return Optional.of(new DatePrefix(number(m, "y1"), Integer.parseInt(m.group("m1")), number(m, "d1"),
				range ? number(m, "y2") : null, range ? number(m, "m2") : null, range ? number(m, "d2") : null,
				range, line.substring(m.end()).strip(), digitsAfterDate));
	}

	/** Full-width digits (１２) as ASCII digits. */
	static String normalize(String line) {
		StringBuilder out = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			out.append((c >= '０' && c <= '９') ? (char) (c - '０' + '0') : c);
		}
		return out.toString();
	}

	/**
	 * The days this prefix covers.
	 * @param sectionYear the year of the chronicle, used when the line names none
	 * @throws IllegalArgumentException with a reason for a curator when the date is impossible
	 */
	ChronicleEvent toEvent(@Nullable Integer sectionYear, int line) {
		if (this.digitsAfterDate) {
			throw new IllegalArgumentException("the date runs into more digits (a day without 日?)");
		}
		Integer y = (this.year != null) ? this.year : sectionYear;
		if (y == null) {
			throw new IllegalArgumentException("no year: give one to the parser or name it in the 大事记 heading");
		}
		LocalDate from = (this.day != null) ? date(y, this.month, this.day) : month(y, this.month).atDay(1);
		LocalDate to;
		if (!this.range) {
			to = (this.day != null) ? from : month(y, this.month).atEndOfMonth();
		}
		else {
			int lastMonth = (this.endMonth != null) ? this.endMonth : this.month;
			int lastYear = (this.endYear != null) ? this.endYear : (lastMonth < this.month) ? y + 1 : y;
			to = (this.endDay != null) ? date(lastYear, lastMonth, this.endDay)
					: month(lastYear, lastMonth).atEndOfMonth();
			if (to.isBefore(from)) {
				throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
			}
		}
		boolean daysKnown = this.day != null && (!this.range || this.endDay != null);
		return new ChronicleEvent(from, to, this.text, line,
				daysKnown ? ChronicleEvent.Precision.DAY : ChronicleEvent.Precision.MONTH);
	}

	private static YearMonth month(int year, int month) {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("there is no month " + month + "月");
		}
		return YearMonth.of(year, month);
	}

	private static LocalDate date(int year, int month, int day) {
		YearMonth yearMonth = month(year, month);
		try {
			return yearMonth.atDay(day);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(month + "月" + day + "日 does not exist in " + year);
		}
	}

	private static @Nullable Integer number(Matcher m, String group) {
		String value = m.group(group);
		return (value != null) ? Integer.valueOf(value) : null;
	}

}
