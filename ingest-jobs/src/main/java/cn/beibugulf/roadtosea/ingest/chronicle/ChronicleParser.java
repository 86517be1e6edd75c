package cn.beibugulf.roadtosea.ingest.chronicle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the 大事记 (chronicle) of a document into dated events.
 *
 * <p>The section starts after the first heading containing 大事记 and ends at the next heading of
 * the same or a higher level; without such a heading the whole text is read. An entry is a line
 * that starts with a date (see {@link DatePrefix}); the lines after it that do not start with a
 * date continue it, even across blank lines. A line "2021年" on its own switches the year. Lines
 * whose date is impossible ("13月5日", "2月30日"), and their continuation lines, become
 * {@link ChronicleProblem}s; the parser never throws on content.
 *
 * <p>Stateless and thread-safe.
 */
public final class ChronicleParser {

	private static final Pattern YEAR_LINE = Pattern.compile("^((?:19|20)\\d{2})年[：:]?$");

	/**
	 * Parses a document whose 大事记 heading names the year ("2020年大事记").
	 * @param document the whole document or just the chronicle
	 */
	public ChronicleParseResult parse(String document) {
		return parse(document, null);
	}

	/**
	 * Parses a document whose entries belong to the given year (a year named in an entry, as in
	 * "2020年11月6至8日", still wins for that entry).
	 * @param document the whole document or just the chronicle
	 * @param year the year of entries that name none
	 */
	public ChronicleParseResult parse(String document, int year) {
		return parse(document, Integer.valueOf(year));
	}

	private ChronicleParseResult parse(String document, @Nullable Integer givenYear) {
		List<String> lines = document.lines().toList();
		ChronicleSection section = ChronicleSection.locate(lines);
		Integer year = (givenYear != null) ? givenYear : section.year();
		Entries entries = new Entries();
		for (int i = section.start(); i < section.end(); i++) {
			int lineNumber = i + 1;
			String line = DatePrefix.normalize(lines.get(i)).strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher yearLine = YEAR_LINE.matcher(line);
			Optional<DatePrefix> date = DatePrefix.of(line);
			if (yearLine.matches()) {
				entries.close();
				year = Integer.valueOf(yearLine.group(1));
			}
			else if (date.isPresent()) {
				entries.close();
				try {
					entries.open(date.get().toEvent(year, lineNumber), lines.get(i).strip());
				}
				catch (IllegalArgumentException ex) {
					entries.reject(lineNumber, lines.get(i).strip(), ex.getMessage());
				}
			}
			else {
				entries.continueWith(lineNumber, line);
			}
		}
		entries.close();
		return new ChronicleParseResult(entries.events, entries.problems);
	}

	/** The events and problems so far, and the entry still taking continuation lines. */
	private static final class Entries {

		private final List<ChronicleEvent> events = new ArrayList<>();

		private final List<ChronicleProblem> problems = new ArrayList<>();

		private @Nullable ChronicleEvent open;

		/** The line the open entry starts with, as written. */
		private String openLine = "";

		/** A rejected entry is open too: its continuation lines are dropped with it. */
		private boolean rejectedOpen;

		void open(ChronicleEvent event, String line) {
			this.open = event;
			this.openLine = line;
		}

		void reject(int line, String text, String reason) {
			this.problems.add(new ChronicleProblem(line, text, reason));
			this.rejectedOpen = true;
		}

		void continueWith(int line, String text) {
			ChronicleEvent event = this.open;
			if (event != null) {
				this.open = new ChronicleEvent(event.from(), event.to(), join(event.text(), text), event.line(),
						event.precision());
			}
			else if (!this.rejectedOpen) {
				this.problems.add(new ChronicleProblem(line, text, "text before the first dated entry"));
			}
		}

		void close() {
			ChronicleEvent event = this.open;
			if (event != null) {
				if (event.text().isBlank()) {
					this.problems.add(new ChronicleProblem(event.line(), this.openLine, "the entry has a date but no text"));
				}
				else {
					this.events.add(event);
				}
			}
			this.open = null;
			this.rejectedOpen = false;
		}

		/** Chinese lines join directly; two Latin words get a space between them. */
		private static String join(String text, String more) {
			if (text.isEmpty()) {
				return more;
			}
			boolean latinEnd = isLatinOrDigit(text.charAt(text.length() - 1));
			boolean latinStart = isLatinOrDigit(more.charAt(0));
			return (latinEnd && latinStart) ? text + " " + more : text + more;
		}

		private static boolean isLatinOrDigit(char c) {
			return c < 0x80 && Character.isLetterOrDigit(c);
		}

	}

}
