package cn.beibugulf.roadtosea.enrich;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageResult;
import org.jspecify.annotations.Nullable;

/**
 * Tells {@link Language#ZH_CN}, {@link Language#ZH_TW}, {@link Language#EN} and
 * {@link Language#OTHER} apart. Chinese is recognised by its Han characters and split into
 * Simplified and Traditional with {@link ChineseText#isMostlyTraditional}, which is reliable even
 * for a four-character title; Japanese and Korean are recognised by kana and hangul; everything
 * else goes to Tika's Optimaize detector, which needs a dozen letters to be trusted.
 *
 * <p>Loading the detector's profiles takes about a second: make one instance and share it. It is
 * thread-safe; Tika's detector keeps state per text, so calls that reach it take turns.
 */
public final class LanguageDetector {

	/** Fewer Latin (or other alphabetic) letters than this are too few to guess from. */
	static final int MIN_LETTERS = 10;

	private final OptimaizeLangDetector tika;

	public LanguageDetector() {
		this.tika = new OptimaizeLangDetector();
		this.tika.loadModels();
	}

	/**
	 * The language of the text.
	 * @param text a title, abstract or full text, possibly {@code null}
	 * @return the language, or {@code null} when the text is empty, too short or not recognised
	 */
	public @Nullable Language detect(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Letters letters = Letters.count(text);
		if (letters.kanaOrHangul() >= 2) {
			return Language.OTHER;
		}
		if (letters.han() >= 2 && letters.han() * 4 >= letters.other()) {
			return ChineseText.isMostlyTraditional(text) ? Language.ZH_TW : Language.ZH_CN;
		}
		if (letters.other() < MIN_LETTERS) {
			return null;
		}
		return fromTika(text);
	}

	private @Nullable Language fromTika(String text) {
		LanguageResult result;
		synchronized (this.tika) {
			result = this.tika.detect(text);
		}
		if (result.isUnknown() || result.getConfidence() == LanguageConfidence.NONE) {
			return null;
		}
		if ("en".equals(result.getLanguage())) {
			return Language.EN;
		}
		return (result.getConfidence() == LanguageConfidence.LOW) ? null : Language.OTHER;
	}

	/** How many letters of each kind a text holds. */
	private record Letters(int han, int kanaOrHangul, int other) {

		static Letters count(String text) {
			int han = 0;
			int kanaOrHangul = 0;
			int other = 0;
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				i += Character.charCount(cp);
				if (!Character.isLetter(cp) && cp != '〇') {
					continue;
				}
				switch (Character.UnicodeScript.of(cp)) {
					case HAN -> han++;
					case HIRAGANA, KATAKANA, HANGUL -> kanaOrHangul++;
					default -> other++;
				}
			}
			return new Letters(han, kanaOrHangul, other);
		}

	}

}
