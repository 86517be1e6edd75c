package cn.beibugulf.roadtosea.enrich;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import org.jspecify.annotations.Nullable;

/**
 * Pinyin of a text for autocomplete and the on-screen keyboard: full syllables without tones
 * joined within a word (北海 → {@code beihai}, ü written {@code v} as on a keyboard) and
 * initials (北海 → {@code bh}). Each run of Han characters is converted as a whole, so the
 * library's phrase table picks the reading of polyphones (银行 → {@code yinhang}). Latin
 * letters and digits are kept, lower-cased and without accents, as words of their own
 * ({@code AR创意} → {@code "ar chuangyi"}); any other character (spaces, punctuation) separates
 * words by a single space.
 */
public final class Pinyin {

	private Pinyin() {
	}

	/**
	 * Full pinyin: {@code "北海市图书馆 2020"} → {@code "beihaishitushuguan 2020"}.
	 * @param text any text, possibly {@code null}
	 * @return lower-case ASCII words separated by single spaces, {@code ""} when nothing is left
	 */
	public static String full(@Nullable String text) {
		return convert(text, PinyinStyleEnum.INPUT);
	}

	/**
	 * Initials: {@code "北海市图书馆 2020"} → {@code "bhstsg 2020"}; Latin words are kept whole.
	 * @param text any text, possibly {@code null}
	 * @return lower-case ASCII words separated by single spaces, {@code ""} when nothing is left
	 */
	public static String initials(@Nullable String text) {
		return convert(text, PinyinStyleEnum.FIRST_LETTER);
	}

	/**
	 * Texts converted before, per style: subjects, place names and creators repeat across records,
	 * and the enricher asks for the same title more than once. Emptied when full.
	 */
	private static final Map<PinyinStyleEnum, Map<String, String>> CACHE = new EnumMap<>(
			Map.of(PinyinStyleEnum.INPUT, new ConcurrentHashMap<>(), PinyinStyleEnum.FIRST_LETTER,
					new ConcurrentHashMap<>()));

	private static final int CACHE_SIZE = 50_000;

	private static final int CACHED_TEXT_LENGTH = 200;

	private static String convert(@Nullable String text, PinyinStyleEnum style) {
		if (text == null || text.isBlank()) {
			return "";
		}
		if (text.length() > CACHED_TEXT_LENGTH) {
			return compute(text, style);
		}
		Map<String, String> cache = CACHE.get(style);
		String known = cache.get(text);
		if (known != null) {
			return known;
		}
		String pinyin = compute(text, style);
		if (cache.size() >= CACHE_SIZE) {
			cache.clear();
		}
		cache.put(text, pinyin);
		return pinyin;
	}

	private static String compute(String text, PinyinStyleEnum style) {
		Words words = new Words(text.length() * 3);
		StringBuilder han = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (ChineseText.isHan(cp)) {
				han.appendCodePoint(cp);
				continue;
			}
			words.append(pinyinOf(han, style), true);
			if (Character.isLetterOrDigit(cp)) {
				words.append(latin(cp), false);
			}
			else {
				words.separate();
			}
		}
		words.append(pinyinOf(han, style), true);
		return words.toString();
	}

	/** The pinyin of the Han run (ASCII letters only), emptying the run. */
	private static String pinyinOf(StringBuilder han, PinyinStyleEnum style) {
		if (han.isEmpty()) {
			return "";
		}
		String pinyin = PinyinHelper.toPinyin(ChineseText.toSimplified(han.toString()), style, "");
		han.setLength(0);
		StringBuilder letters = new StringBuilder(pinyin.length());
		for (int i = 0; i < pinyin.length(); i++) {
			char c = Character.toLowerCase(pinyin.charAt(i));
			if (c >= 'a' && c <= 'z') {
				letters.append(c);
			}
		}
		return letters.toString();
	}

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static String latin(int codePoint) {
		if (codePoint < 0x80) {
			// ASCII letters and digits have nothing to decompose: most Latin text of the records
			return String.valueOf((char) Character.toLowerCase(codePoint));
		}
		String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/**
	 * Words separated by single spaces, never leading or trailing; a switch between pinyin and
	 * Latin letters or digits also starts a new word.
	 */
	private static final class Words {

		private final StringBuilder out;

		private boolean pendingSpace;

		private boolean lastWasPinyin;

		Words(int capacity) {
			this.out = new StringBuilder(capacity);
		}

		void append(String part, boolean pinyin) {
			if (part.isEmpty()) {
				return;
			}
			if ((this.pendingSpace || pinyin != this.lastWasPinyin) && !this.out.isEmpty()) {
				this.out.append(' ');
			}
			this.pendingSpace = false;
			this.lastWasPinyin = pinyin;
			this.out.append(part);
		}

		void separate() {
			this.pendingSpace = true;
		}

		@Override
		public String toString() {
			return this.out.toString();
		}

	}

}
