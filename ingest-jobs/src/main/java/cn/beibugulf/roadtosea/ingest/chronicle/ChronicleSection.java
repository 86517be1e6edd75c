package cn.beibugulf.roadtosea.ingest.chronicle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where the chronicle is in a document: from the line after the first heading that contains
 * 大事记 up to the next heading of the same or a higher level ("六、大事记" ends at "七、…"; an
 * unnumbered "2020年大事记" ends at the next "一、"-style heading). A document without such a
 * heading is a chronicle as a whole.
 *
 * @param start index of the first line of the section (0-based)
 * @param end index after its last line
 * @param year the year named in the heading, if any
 */
record ChronicleSection(int start, int end, @Nullable Integer year) {

	/** A heading is short and does not end like a sentence. */
	private static final int MAX_HEADING_LENGTH = 30;

	private static final Pattern LEVEL_1 = Pattern.compile("^(?:[一二三四五六七八九十百]+[、.．]|第[一二三四五六七八九十百\\d]+[章部篇节])");

	private static final Pattern LEVEL_2 = Pattern.compile("^[（(][一二三四五六七八九十百]+[）)]");

	private static final Pattern LEVEL_3 = Pattern.compile("^\\d{1,2}[、.．](?!\\d)");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

	static ChronicleSection locate(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = DatePrefix.normalize(lines.get(i)).strip();
			if (isChronicleHeading(line)) {
				int level = Math.max(1, level(line));
				int end = i + 1;
				while (end < lines.size() && !endsSection(DatePrefix.normalize(lines.get(end)).strip(), level)) {
					end++;
				}
				return new ChronicleSection(i + 1, end, yearIn(line));
			}
		}
		return new ChronicleSection(0, lines.size(), null);
	}

	private static boolean isChronicleHeading(String line) {
		return (line.contains("大事记") || line.contains("大事記")) && line.length() <= MAX_HEADING_LENGTH
				&& !line.matches(".*[。；;，,]$");
	}

	private static boolean endsSection(String line, int sectionLevel) {
		int level = level(line);
		return level > 0 && level <= sectionLevel;
	}

	/** 1 for "六、", 2 for "（六）", 3 for "6、", 0 for a line without numbering. */
	private static int level(String line) {
		if (LEVEL_1.matcher(line).find()) {
			return 1;
		}
		if (LEVEL_2.matcher(line).find()) {
			return 2;
		}
		return LEVEL_3.matcher(line).find() ? 3 : 0;
	}

	private static @Nullable Integer yearIn(String heading) {
		Matcher matcher = YEAR.matcher(heading);
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

}
