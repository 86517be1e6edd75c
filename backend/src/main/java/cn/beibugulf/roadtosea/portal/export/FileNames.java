package cn.beibugulf.roadtosea.portal.export;

import java.util.regex.Pattern;

/**
 * File names for downloads made from record ids.
 */
final class FileNames {

	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");

	static final int MAX_LENGTH = 80;

	private FileNames() {
	}

	/** Letters, digits, dot, dash and underscore only; anything else becomes one underscore. */
	static String safe(String text) {
		String safe = UNSAFE.matcher(text).replaceAll("_");
		return safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) : safe;
	}

}
