package cn.beibugulf.roadtosea.enrich;

/**
 * The languages the portal tells apart; {@link #tag()} is the value stored in records.
 */
public enum Language {

	/** Chinese in Simplified characters. */
	ZH_CN("zh-CN"),

	/** Chinese in Traditional characters. */
	ZH_TW("zh-TW"),

	/** English. */
	EN("en"),

	/** Any other language recognised with some confidence. */
	OTHER("other");

	private final String tag;

	Language(String tag) {
		this.tag = tag;
	}

	/** The language tag: {@code zh-CN}, {@code zh-TW}, {@code en} or {@code other}. */
	public String tag() {
		return this.tag;
	}

}
