package cn.beibugulf.roadtosea.enrich;

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
		List<String> simplified = ZhConverterUtil.toSimple(c);
		return simplified != null && !simplified.isEmpty() && !simplified.contains(String.valueOf(c));
	}

	private static boolean isOnlySimplified(char c) {
		List<String> traditional = ZhConverterUtil.toTraditional(c);
		return traditional != null && !traditional.isEmpty() && !traditional.contains(String.valueOf(c));
	}

}
