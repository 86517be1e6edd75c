package cn.beibugulf.roadtosea.record;

import java.util.List;
import java.util.Set;

/**
 * The portal's fixed classification codes (docs/architecture.md): the five modules and seven themes.
 * Labels live in the frontend's i18n files.
 */
public final class Vocabulary {

	/** Module codes, in display order. */
	public static final List<String> MODULES = List.of("origins", "dynamics", "features", "thinktank", "guide");

	/** Theme codes, in display order. */
	public static final List<String> THEMES = List.of("history", "belt-and-road", "folk-customs", "trade",
			"cultural-exchange", "sightseeing", "ecology");

	private static final Set<String> MODULE_SET = Set.copyOf(MODULES);

	private static final Set<String> THEME_SET = Set.copyOf(THEMES);

	private Vocabulary() {
	}

	public static boolean isModule(String code) {
		return code != null && MODULE_SET.contains(code);
	}

	public static boolean isTheme(String code) {
		return code != null && THEME_SET.contains(code);
	}

}
