package cn.beibugulf.roadtosea.ingest.marc;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * MARC language codes (ISO 639-2, bibliographic forms such as {@code chi} and {@code fre}
 * included) to the ISO 639-1 codes the index uses ({@code zh}, {@code fr}); codes without a
 * two-letter form are kept as they are.
 */
final class MarcLanguages {

	private static final Map<String, String> TWO_LETTER = new HashMap<>();

	static {
		for (String code : Locale.getISOLanguages()) {
			try {
				TWO_LETTER.put(Locale.of(code).getISO3Language(), code);
			}
			catch (java.util.MissingResourceException ex) {
				// no three-letter form: nothing to map
			}
		}
		// ISO 639-2/B codes that differ from the terminology codes Java knows
		String[][] bibliographic = { { "alb", "sq" }, { "arm", "hy" }, { "baq", "eu" }, { "bur", "my" },
				{ "chi", "zh" }, { "cze", "cs" }, { "dut", "nl" }, { "fre", "fr" }, { "geo", "ka" }, { "ger", "de" },
				{ "gre", "el" }, { "ice", "is" }, { "mac", "mk" }, { "mao", "mi" }, { "may", "ms" }, { "per", "fa" },
				{ "rum", "ro" }, { "slo", "sk" }, { "tib", "bo" }, { "wel", "cy" } };
		for (String[] pair : bibliographic) {
			TWO_LETTER.put(pair[0], pair[1]);
		}
	}

	private MarcLanguages() {
	}

	static @Nullable String toIso6391(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String key = code.strip().toLowerCase(Locale.ROOT);
		if (key.equals("und") || key.equals("mul") || key.equals("zxx") || key.equals("###")) {
			return null;
		}
		return TWO_LETTER.getOrDefault(key, key);
	}

}
