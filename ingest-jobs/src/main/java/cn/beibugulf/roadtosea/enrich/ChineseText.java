package cn.beibugulf.roadtosea.enrich;

import java.util.BitSet;
import java.util.List;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.jspecify.annotations.Nullable;

/**
 * Traditional and Simplified Chinese: conversion to Simplified (OpenCC phrase and character
 * tables) and a check whether a text is written mostly in Traditional characters.
 */
public final class ChineseText {

	private ChineseText() {
	}

	/**
	 * The text with Traditional characters and phrases converted to Simplified; other characters
	 * (Latin letters, digits, punctuation) are kept as they are.
	 * @param text any text, possibly {@code null}
	 * @return the Simplified text, {@code ""} for {@code null}
	 */
	public static String toSimplified(@Nullable String text) {
		if (text == null || text.isEmpty() || !containsHan(text)) {
			return text == null ? "" : text;
		}
		if (!CharTables.anyConvertible(text)) {
			// nothing Traditional in it: the phrase-by-phrase conversion would return it unchanged
			return text;
		}
		return ZhConverterUtil.toSimple(text);
	}

	/**
	 * Whether the Han characters of the text that exist in only one of the two scripts are more
	 * often Traditional (圖書館, 臺灣) than Simplified (图书馆). Characters shared by both scripts
	 * (北海) and characters that are their own counterpart in either direction (台, 后, 里, 于)
	 * decide nothing.
	 * @param text any text, possibly {@code null}
	 * @return {@code true} when Traditional-only characters outnumber Simplified-only ones
	 */
	public static boolean isMostlyTraditional(@Nullable String text) {
		if (text == null) {
			return false;
		}
		int traditional = 0;
		int simplified = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isHan(c)) {
				continue;
			}
			if (isOnlyTraditional(c)) {
				traditional++;
			}
			else if (isOnlySimplified(c)) {
				simplified++;
			}
		}
		return traditional > simplified;
	}

	/** Whether the character is a CJK ideograph (Han script). */
	public static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/** Whether the text holds at least one CJK ideograph. */
	public static boolean containsHan(@Nullable String text) {
		return text != null && text.codePoints().anyMatch(ChineseText::isHan);
	}

	private static boolean isOnlyTraditional(char c) {
		return CharTables.ONLY_TRADITIONAL.get(c);
	}

	private static boolean isOnlySimplified(char c) {
		return CharTables.ONLY_SIMPLIFIED.get(c);
	}

	/**
	 * Per-character facts from the OpenCC tables, computed once for every Han character of the
	 * Basic Multilingual Plane (a table lookup per character and record was a tenth of the harvest
	 * time; characters outside the BMP take the phrase conversion path).
	 */
	private static final class CharTables {

		/** Characters with a Simplified form other than themselves. */
		static final BitSet ONLY_TRADITIONAL = new BitSet(0x10000);

		/** Characters with a Traditional form other than themselves. */
		static final BitSet ONLY_SIMPLIFIED = new BitSet(0x10000);

		/** Characters the Traditional-to-Simplified conversion may touch at all. */
		static final BitSet CONVERTIBLE = new BitSet(0x10000);

		static {
			for (char c = 0x2E80; c < 0xFB00; c++) {
				if (!isHan(c)) {
					continue;
				}
				String self = String.valueOf(c);
				List<String> simplified = ZhConverterUtil.toSimple(c);
				if (simplified != null && !simplified.isEmpty()) {
					if (!simplified.contains(self)) {
						ONLY_TRADITIONAL.set(c);
					}
					if (!simplified.equals(List.of(self))) {
						CONVERTIBLE.set(c);
					}
				}
				List<String> traditional = ZhConverterUtil.toTraditional(c);
				if (traditional != null && !traditional.isEmpty() && !traditional.contains(self)) {
					ONLY_SIMPLIFIED.set(c);
				}
			}
		}

		static boolean anyConvertible(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (CONVERTIBLE.get(c) || Character.isSurrogate(c)) {
					return true;
				}
			}
			return false;
		}

	}

}
