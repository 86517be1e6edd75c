package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Instant;
import java.util.List;

/**
 * One record of a ListRecords response, as the reader hands it on.
 *
 * @param identifier the header identifier
 * @param datestamp the header datestamp
 * @param setSpecs the header set specs
 * @param deleted whether the header says {@code status="deleted"}
 * @param metadataPrefix the format requested
 * @param metadataXml the unparsed content of {@code <metadata>} (null for deleted records)
 */
public record OaiRecord(String identifier, Instant datestamp, List<String> setSpecs, boolean deleted,
		String metadataPrefix, String metadataXml) {

	public OaiRecord {
		setSpecs = (setSpecs != null) ? List.copyOf(setSpecs) : List.of();
	}

	/** The datestamp as ISO-8601 UTC ({@code 2024-03-01T08:00:00Z}), or null. */
	public String datestampText() {
		return (this.datestamp != null) ? this.datestamp.toString() : null;
	}

}
