package cn.beibugulf.roadtosea.ingest.job;

import java.util.Objects;

import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * An item on its way to the writers: its raw bytes (to object storage, so the index can be rebuilt)
 * and its portal record (to Elasticsearch).
 *
 * @param identifier the source's identifier of the item, for {@code harvest_failure}
 * @param record the enriched portal record
 * @param rawKey the object-storage key of the raw bytes
 * @param raw the raw bytes
 * @param contentType their media type
 */
public record HarvestedItem(String identifier, PortalRecord record, String rawKey, byte[] raw, String contentType) {

	public HarvestedItem {
		Objects.requireNonNull(identifier, "identifier");
		Objects.requireNonNull(record, "record");
		Objects.requireNonNull(rawKey, "rawKey");
		Objects.requireNonNull(raw, "raw");
		Objects.requireNonNull(contentType, "contentType");
	}

}
