package cn.beibugulf.roadtosea.ingest.source;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.beibugulf.roadtosea.record.Vocabulary;

/**
 * A source the portal harvests, as a curator registers it.
 *
 * @param id short stable id, part of every record id and storage key ({@code [a-z0-9][a-z0-9._-]*},
 * at most 64 characters)
 * @param type how it is harvested
 * @param name display name
 * @param baseUrl the endpoint (for OAI-PMH the base URL, without {@code ?verb=}; for a feed its URL; for a
 * MARC catalogue an http(s) URL, a {@code file:} URL or a path, relative to {@code portal.ingest.import-dir}
 * unless absolute); for the types that read the import folder ({@link #readsImportFolder()}) a
 * {@code file:} URL of a folder or file in it
 * @param metadataPrefix the format requested ({@code oai_dc} when null for OAI-PMH); for a
 * {@link SourceType#SPREADSHEET} the kind of rows ({@code chronicle}, {@code experts},
 * {@code policies})
 * @param setSpec an OAI set to restrict the harvest to, or null; for a feed, the code of its Dynamics
 * category ({@code news-flash}, {@code travel-guide}, ...); for a {@link SourceType#CHRONICLE}
 * the year of entries that name none (else the 大事记 heading's year)
 * @param library the holding library shown on every record
 * @param city the library's city
 * @param modules module codes given to records whose set specs assign none
 * @param themes theme codes given to records whose set specs assign none
 * @param schedule a cron expression for scheduled harvests, or null (the backend schedules)
 * @param enabled whether the source may be harvested
 */
public record HarvestSource(String id, SourceType type, String name, String baseUrl, String metadataPrefix,
		String setSpec, String library, String city, List<String> modules, List<String> themes, String schedule,
		boolean enabled) {

	/** The default OAI-PMH metadata format. */
	public static final String OAI_DC = "oai_dc";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	/** A URL scheme of two letters or more (so a Windows drive letter is not one). */
	private static final Pattern OTHER_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");
	/** Types whose base URL is a {@code file:} URL inside the import folder. */
	private static final Set<SourceType> IMPORT_FOLDER_TYPES = EnumSet.of(SourceType.FILES, SourceType.SPREADSHEET,
			SourceType.CHRONICLE);

	public HarvestSource {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException(
					"source id must match [a-z0-9][a-z0-9._-]{0,63} (lower case, no ':'): " + id);
		}
		if (type == null) {
			throw new IllegalArgumentException("source " + id + " has no type");
		}
		if (IMPORT_FOLDER_TYPES.contains(type)) {
			if (baseUrl == null || !baseUrl.startsWith("file:")) {
				throw new IllegalArgumentException(
						"source " + id + " needs a file: URL of a folder or file in the import folder: " + baseUrl);
			}
		}
		else if (!isLocation(type, baseUrl)) {
			throw new IllegalArgumentException("source " + id + " needs an http(s) base URL"
					+ ((type == SourceType.MARC) ? ", a file: URL or a file path: " : ": ") + baseUrl);
		}
		name = (name == null || name.isBlank()) ? id : name;
		if (metadataPrefix == null || metadataPrefix.isBlank()) {
			metadataPrefix = IMPORT_FOLDER_TYPES.contains(type) ? null : OAI_DC;
		}
		setSpec = (setSpec == null || setSpec.isBlank()) ? null : setSpec;
		modules = checked(modules, "module", Vocabulary.MODULES);
		themes = checked(themes, "theme", Vocabulary.THEMES);
	}

	/** An enabled OAI-PMH source harvesting {@code oai_dc}; use the record's constructor for the rest. */
	public static HarvestSource oai(String id, String name, String baseUrl, String library, String city,
			List<String> modules, List<String> themes) {
		return new HarvestSource(id, SourceType.OAI_PMH, name, baseUrl, OAI_DC, null, library, city, modules, themes,
				null, true);
	}

	/**
	 * An enabled RSS/Atom feed source for the Dynamics module.
	 * @param category the code of its Dynamics category ({@code news-flash}, {@code travel-guide}, ...),
	 * kept in {@link #setSpec()}
	 */
	public static HarvestSource feed(String id, String name, String feedUrl, String category, String library,
			String city, List<String> themes) {
		return new HarvestSource(id, SourceType.FEED, name, feedUrl, null, category, library, city,
				List.of("dynamics"), themes, null, true);
	}

	/**
	 * An enabled MARC catalogue source.
	 * @param location an http(s) URL, or a {@code file:} URL or path inside {@code portal.ingest.import-dir}
	 */
	public static HarvestSource marc(String id, String name, String location, String library, String city,
			List<String> modules, List<String> themes) {
		return new HarvestSource(id, SourceType.MARC, name, location, null, null, library, city, modules, themes,
				null, true);
	}

	/**
	 * An enabled source of local files: a folder or ZIP archive in the import folder.
	 * @param baseUrl {@code file:} URL, absolute ({@code file:///…}) or relative to the import
	 * folder ({@code file:collections/beihai})
	 */
	public static HarvestSource files(String id, String name, String baseUrl, String library, String city,
			List<String> modules, List<String> themes) {
		return new HarvestSource(id, SourceType.FILES, name, baseUrl, null, null, library, city, modules, themes, null,
				true);
	}

	/**
	 * An enabled spreadsheet source (CSV or XLSX in the import folder).
	 * @param kind {@code chronicle}, {@code experts} or {@code policies}
	 */
	public static HarvestSource spreadsheet(String id, String name, String baseUrl, String kind, String library,
			String city, List<String> modules, List<String> themes) {
		return new HarvestSource(id, SourceType.SPREADSHEET, name, baseUrl, kind, null, library, city, modules, themes,
				null, true);
	}

	/**
	 * An enabled chronicle source (a text document in the import folder).
	 * @param year the year of entries that name none, or null to take it from the 大事记 heading
	 */
	public static HarvestSource chronicle(String id, String name, String baseUrl, Integer year, String library,
			String city, List<String> modules, List<String> themes) {
		return new HarvestSource(id, SourceType.CHRONICLE, name, baseUrl, null, (year != null) ? year.toString() : null,
				library, city, modules, themes, null, true);
	}

	/**
	 * An enabled website source.
	 * @param url a sitemap or sitemap index URL, or the site's root URL (sitemaps named by robots.txt,
	 * else {@code /sitemap.xml})
	 */
	public static HarvestSource website(String id, String name, String url, String library, String city,
			List<String> modules, List<String> themes) {
		return new HarvestSource(id, SourceType.WEBSITE, name, url, null, null, library, city, modules, themes, null,
				true);
	}

	/** Whether the base URL names a folder or file in the import folder rather than an endpoint. */
	public boolean readsImportFolder() {
		return IMPORT_FOLDER_TYPES.contains(this.type);
	}

	public HarvestSource withBaseUrl(String newBaseUrl) {
		return new HarvestSource(this.id, this.type, this.name, newBaseUrl, this.metadataPrefix, this.setSpec,
				this.library, this.city, this.modules, this.themes, this.schedule, this.enabled);
	}

	public HarvestSource withSetSpec(String newSetSpec) {
		return new HarvestSource(this.id, this.type, this.name, this.baseUrl, this.metadataPrefix, newSetSpec,
				this.library, this.city, this.modules, this.themes, this.schedule, this.enabled);
	}

	public HarvestSource withEnabled(boolean newEnabled) {
		return new HarvestSource(this.id, this.type, this.name, this.baseUrl, this.metadataPrefix, this.setSpec,
				this.library, this.city, this.modules, this.themes, this.schedule, newEnabled);
	}

	/**
	 * Whether a base URL suits the type: an http(s) URL for every type; a MARC catalogue may also be a
	 * {@code file:} URL or a path (whether it lies in the import directory is checked when the source is
	 * registered and again when it is harvested).
	 */
	private static boolean isLocation(SourceType type, String baseUrl) {
		if (baseUrl == null || baseUrl.isBlank()) {
			return false;
		}
		if (baseUrl.startsWith("http://") || baseUrl.startsWith("https://")) {
			return true;
		}
		return type == SourceType.MARC && (baseUrl.startsWith("file:") || !OTHER_SCHEME.matcher(baseUrl).lookingAt());
	}

	private static List<String> checked(List<String> codes, String kind, List<String> known) {
		if (codes == null) {
			return List.of();
		}
		for (String code : codes) {
			if (!known.contains(code)) {
				throw new IllegalArgumentException("unknown " + kind + " code '" + code + "', expected one of " + known);
			}
		}
		return List.copyOf(codes);
	}

}
