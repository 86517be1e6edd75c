package cn.beibugulf.roadtosea.ingest.feed;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Dynamics (动态) category a feed is filed under. A feed source names one in its
 * configuration by {@link #code()}; the label is what curators see.
 */
public enum FeedCategory {

	/** 文旅快讯: short culture and tourism news. */
	NEWS_FLASH("news-flash", "文旅快讯"),

	/** 旅游攻略: travel guides and itineraries. */
	TRAVEL_GUIDE("travel-guide", "旅游攻略"),

	/** 文明旅游: civilised-tourism campaigns and etiquette. */
	CIVILISED_TOURISM("civilised-tourism", "文明旅游"),

	/** 旅游时评: commentary on tourism. */
	COMMENTARY("commentary", "旅游时评"),

	/** 突发事件: emergencies, closures and warnings. */
	EMERGENCY("emergency", "突发事件");

	private final String code;

	private final String label;

	FeedCategory(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** The stable code used in configuration, the index and URLs, e.g. {@code news-flash}. */
	public String code() {
		return this.code;
	}

	/** The Chinese label, e.g. 文旅快讯. */
	public String label() {
		return this.label;
	}

	/**
	 * The category with this code (case and surrounding blanks ignored).
	 * @throws IllegalArgumentException naming the valid codes when there is none
	 */
	public static FeedCategory fromCode(String code) {
		String wanted = code.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((category) -> category.code.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown feed category '" + code + "'; expected one of "
					+ Arrays.stream(values()).map(FeedCategory::code).collect(Collectors.joining(", "))));
	}

}
