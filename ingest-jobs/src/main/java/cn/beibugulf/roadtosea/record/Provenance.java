package cn.beibugulf.roadtosea.record;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a record came from: when it was harvested (ISO-8601 instant), the source's datestamp, the
 * source format (e.g. {@code oai_dc}), the object-storage key of the raw bytes (for OAI-PMH a
 * reference into the chunk's bundle, {@code {bundle key}#{identifier}}) and the source's set specs.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Provenance(String harvestedAt, String datestamp, String format, String rawKey, List<String> setSpecs) {

	public Provenance {
		setSpecs = (setSpecs != null) ? List.copyOf(setSpecs) : List.of();
	}

	/** The same provenance with another raw key. */
	public Provenance withRawKey(String rawKey) {
		return new Provenance(this.harvestedAt, this.datestamp, this.format, rawKey, this.setSpecs);
	}
}
