package cn.beibugulf.roadtosea.ingest.oai;

import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * A harvested record on its way to the writers: the source record (whose XML goes to object
 * storage) and the portal record (which goes to Elasticsearch).
 */
public record HarvestedRecord(OaiRecord source, PortalRecord record) {

	/** Object-storage key of the raw XML. */
	public String rawKey() {
		return this.record.provenance().rawKey();
	}

}
