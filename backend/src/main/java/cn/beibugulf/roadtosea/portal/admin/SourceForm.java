package cn.beibugulf.roadtosea.portal.admin;

import java.util.List;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.ingest.source.SourceType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A harvest source as a curator enters it. Validation of ids, URLs, module and theme codes is
 * the source's own ({@link HarvestSource}); errors come back as 400 problems.
 */
record SourceForm(@NotNull SourceType type, String name, @NotBlank String baseUrl, String metadataPrefix,
		String setSpec, String library, String city, List<String> modules, List<String> themes, String schedule,
		Boolean enabled) {

	HarvestSource toSource(String id) {
		if (!HarvestScheduler.isValid(blankToNull(this.schedule))) {
			throw new IllegalArgumentException("schedule is not a cron expression (six fields, e.g. '0 0 2 * * *'): "
					+ this.schedule);
		}
		return new HarvestSource(id, this.type, this.name, this.baseUrl, this.metadataPrefix, this.setSpec, this.library,
				this.city, this.modules, this.themes, blankToNull(this.schedule), this.enabled == null || this.enabled);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
