package cn.beibugulf.roadtosea.ingest.oai;

import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * A harvested record on its way to the writer: the source record (whose XML goes to object
 * storage, in its chunk's {@link RawRecordBundle}) and the portal record (which goes to
 * Elasticsearch; its {@code provenance.rawKey} is set by the {@link OaiRecordWriter}, which knows
 * the chunk).
 */
public record HarvestedRecord(OaiRecord source, PortalRecord record) {
}
