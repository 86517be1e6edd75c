package cn.beibugulf.roadtosea.portal.oai;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import cn.beibugulf.roadtosea.record.PortalRecord;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;

/**
 * One portal record as an OAI item. Its datestamp is {@code provenance.harvestedAt} (when the
 * portal last wrote it) to the second; it is deleted when it is a tombstone of a record deleted at
 * its source ({@code deleted}) or taken down by a curator ({@code hidden}). The metadata is
 * written on demand in the format asked for, already serialised, so xoai copies it as it is.
 */
final class RecordItem implements Item {

	private final String identifier;

	private final PortalRecord record;

	private final Instant datestamp;

	private final Function<PortalRecord, byte[]> metadata;

	RecordItem(String identifier, PortalRecord record, Function<PortalRecord, byte[]> metadata) {
		this.identifier = identifier;
		this.record = record;
		this.datestamp = datestamp(record);
		this.metadata = metadata;
	}

	static Instant datestamp(PortalRecord record) {
		if (record.provenance() == null || record.provenance().harvestedAt() == null) {
			return Instant.EPOCH;
		}
		String text = record.provenance().harvestedAt();
		try {
			return Instant.parse(text).truncatedTo(ChronoUnit.SECONDS);
		}
		catch (DateTimeParseException ex) {
			return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
		}
	}

	static boolean isDeleted(PortalRecord record) {
		return Boolean.TRUE.equals(record.deleted()) || Boolean.TRUE.equals(record.hidden());
	}

	@Override
	public String getIdentifier() {
		return this.identifier;
	}

	@Override
	public Instant getDatestamp() {
		return this.datestamp;
	}

	@Override
	public List<Set> getSets() {
		return PortalSets.of(this.record);
	}

	@Override
	public boolean isDeleted() {
		return isDeleted(this.record);
	}

	@Override
	public Metadata getMetadata() {
		return Metadata.copyFromStream(new ByteArrayInputStream(this.metadata.apply(this.record)));
	}

}
