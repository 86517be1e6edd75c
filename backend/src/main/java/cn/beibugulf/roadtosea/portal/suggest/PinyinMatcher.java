package cn.beibugulf.roadtosea.portal.suggest;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import cn.beibugulf.roadtosea.enrich.Pinyin;

/**
 * Finds which Chinese suggest input a pinyin input stands for. The index holds the inputs of a
 * record as one flat list (北海, beihai, bh, …), so when a reader's pinyin matched {@code beihai}
 * the portal shows 北海, the input whose full pinyin or initials it is. Pinyin is computed by the
 * ingest enrichment's own {@link Pinyin}, so it spells exactly as the indexed inputs do.
 */
final class PinyinMatcher {

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

	private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

	static final int CACHE_SIZE = 10_000;

	/** Suggest inputs, pinyin ones included, are cut at this length by the enrichment. */
	static final int MAX_INPUT_LENGTH = 50;

	private static final Map<String, String[]> CACHE = Collections
		.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, String[]> eldest) {
				return size() > CACHE_SIZE;
			}

		});

	private PinyinMatcher() {
	}

	/** Lower case, letters and digits only: the form pinyin inputs are compared in. */
	static String compact(String text) {
		return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	/** Whether the text holds any Han character (so it is not itself a pinyin or English input). */
	static boolean hasHan(String text) {
		return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}

	/** Whether the text holds a Latin letter: English or pinyin a spelling suggester can correct. */
	static boolean hasLatin(String text) {
		return LATIN.matcher(text).find();
	}

	/**
	 * The Chinese inputs whose full pinyin or initials equal the pinyin given, shortest first (a
	 * place or a name before a whole title). A pinyin input as long as the enrichment keeps may
	 * have been cut: it matches the start of a pinyin.
	 */
	static List<String> chineseFor(String pinyin, List<String> inputs) {
		String wanted = compact(pinyin);
		if (wanted.isEmpty()) {
			return List.of();
		}
		boolean cut = pinyin.strip().length() >= MAX_INPUT_LENGTH;
		// every letter or digit spells at least one letter: longer inputs cannot match, and need no pinyin
		return inputs.stream()
			.filter(input -> cut || input.codePoints().filter(Character::isLetterOrDigit).count() <= wanted.length())
			.filter(PinyinMatcher::hasHan)
			.filter(input -> {
				String[] spelled = spelled(input);
				return cut ? spelled[0].startsWith(wanted) || spelled[1].startsWith(wanted)
						: wanted.equals(spelled[0]) || wanted.equals(spelled[1]);
			})
			.distinct()
			.sorted(Comparator.comparingInt(String::length))
			.toList();
	}

	/** Full pinyin and initials, remembered for the most recent inputs. */
	private static String[] spelled(String chinese) {
		String[] spelled = CACHE.get(chinese);
		if (spelled == null) {
			spelled = new String[] { full(chinese), initials(chinese) };
			CACHE.put(chinese, spelled);
		}
		return spelled;
	}

	static String full(String chinese) {
		return compact(Pinyin.full(chinese));
	}

	static String initials(String chinese) {
		return compact(Pinyin.initials(chinese));
	}

}
