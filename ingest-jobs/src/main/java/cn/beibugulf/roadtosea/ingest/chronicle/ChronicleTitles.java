package cn.beibugulf.roadtosea.ingest.chronicle;

/**
 * A short title for a chronicle entry: its first clause — up to the first comma, full stop,
 * semicolon or colon that is not inside quotes or brackets — cut at {@link #MAX_LENGTH} characters.
 * A first clause shorter than {@link #MIN_LENGTH} characters (a place or a time such as "上午，")
 * takes the next clause with it.
 */
public final class ChronicleTitles {

	static final int MAX_LENGTH = 40;

	static final int MIN_LENGTH = 6;

	private static final String STOPS = "，。；：！？,;:!?";

	private static final String OPENING = "“‘《「『（([【〈\"";

	private static final String CLOSING = "”’》」』）)]】〉\"";

	private ChronicleTitles() {
	}

	public static String of(String text) {
		String stripped = text.strip();
		int depth = 0;
		int end = stripped.length();
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			if (c == '"') {
				depth = (depth > 0) ? depth - 1 : depth + 1;
			}
			else if (OPENING.indexOf(c) >= 0) {
				depth++;
			}
			else if (CLOSING.indexOf(c) >= 0) {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && STOPS.indexOf(c) >= 0 && i >= MIN_LENGTH) {
				end = i;
				break;
			}
		}
		String clause = stripped.substring(0, end).strip();
		if (clause.codePointCount(0, clause.length()) <= MAX_LENGTH) {
			return clause;
		}
		return clause.substring(0, clause.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
	}

}
