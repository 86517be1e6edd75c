package cn.beibugulf.roadtosea.ingest.oai;

import java.time.Instant;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Turns one harvested OAI-PMH record of one metadata format into a portal record. One
 * implementation per format ({@code oai_dc} now, MARCXML later); adding a format adds a class here
 * and a bean, nothing else. Implementations use {@link OaiRecordBase} for what every format shares
 * (id, source, set-spec classification, provenance).
 */
public interface Crosswalk {

	/** Whether this crosswalk reads records of the given {@code metadataPrefix}. */
	boolean supports(String metadataPrefix);

	/**
	 * The portal record for a live (not deleted) OAI record.
	 * @throws CrosswalkException when the metadata cannot be mapped; the record is then skipped
	 */
	PortalRecord toPortalRecord(OaiRecord record, HarvestSource source, Instant harvestedAt);

}
