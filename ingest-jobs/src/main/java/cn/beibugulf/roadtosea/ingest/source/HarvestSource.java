package cn.beibugulf.roadtosea.ingest.source;

import java.util.List;
import java.util.regex.Pattern;

import cn.beibugulf.roadtosea.record.Vocabulary;

/**
 * A source the portal harvests, as a curator registers it.
 *
 * @param id short stable id, part of every record id and storage key ({@code [a-z0-9][a-z0-9._-]*},
 * at most 64 characters)
 * @param type how it is harvested
 * @param name display name
 * @param baseUrl the endpoint (for OAI-PMH the base URL, without {@code ?verb=})
 * @param metadataPrefix the format requested ({@code oai_dc} when null)
 * @param setSpec an OAI set to restrict the harvest to, or null
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

	public HarvestSource {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException(
					"source id must match [a-z0-9][a-z0-9._-]{0,63} (lower case, no ':'): " + id);
		}
		if (type == null) {
			throw new IllegalArgumentException("source " + id + " has no type");
		}
		if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
			throw new IllegalArgumentException("source " + id + " needs an http(s) base URL: " + baseUrl);
		}
		name = (name == null || name.isBlank()) ? id : name;
		metadataPrefix = (metadataPrefix == null || metadataPrefix.isBlank()) ? OAI_DC : metadataPrefix;
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
