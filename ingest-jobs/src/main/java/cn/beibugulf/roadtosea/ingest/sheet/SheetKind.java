package cn.beibugulf.roadtosea.ingest.sheet;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the rows of a spreadsheet source are; the source's {@code metadataPrefix} names it. */
public enum SheetKind {

	/** Events of the Origins timeline: date, end date, title, description, place, links. */
	CHRONICLE("chronicle", "origins"),

	/** The think tank's experts: name, affiliation, field, bio, works. */
	EXPERTS("experts", "thinktank"),

	/**
	 * The guide's policies, interpretations and cases: title, issuer, level, issued and effective
	 * dates, status, links to interpretations and cases by id.
	 */
	POLICIES("policies", "guide");

	private final String code;

	private final String module;

	SheetKind(String code, String module) {
		this.code = code;
		this.module = module;
	}

	/** The code a source names in its {@code metadataPrefix}. */
	public String code() {
		return this.code;
	}

	/** The module its records belong to when the source names none. */
	public String module() {
		return this.module;
	}

	/**
	 * @throws IllegalArgumentException naming the known kinds when the code is none of them
	 */
	public static SheetKind of(String code) {
		String wanted = (code != null) ? code.strip().toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values())
			.filter((kind) -> kind.code.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("A spreadsheet source's metadataPrefix must be one of "
					+ Arrays.stream(values()).map(SheetKind::code).collect(Collectors.joining(", ")) + ", not '"
					+ code + "'"));
	}

}
