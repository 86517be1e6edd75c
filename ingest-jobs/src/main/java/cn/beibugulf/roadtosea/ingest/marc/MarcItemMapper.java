package cn.beibugulf.roadtosea.ingest.marc;

import java.util.List;

import org.marc4j.marc.Record;

import cn.beibugulf.roadtosea.ingest.read.ReadOutcome;
import cn.beibugulf.roadtosea.ingest.read.ReadStage;

/**
 * A read {@link MarcRecord} to the {@link MarcItem} a crosswalk needs, by its format's field
 * usage. A record without a title cannot be shown in the portal and becomes a problem.
 *
 * <p>Stateless and thread-safe; usable for MARC records from any source (files, OAI-PMH).
 */
public final class MarcItemMapper {

	/** The item, or a {@link ReadStage#MAP} problem when the record has no title. */
	public ReadOutcome<MarcItem> map(MarcRecord marc) {
		Record record = marc.record();
		boolean unimarc = marc.format() == MarcFormat.UNIMARC;
		String title = unimarc ? UnimarcMapping.title(record) : Marc21Mapping.title(record);
		if (title == null || title.isBlank()) {
			return ReadOutcome.problem(marc.where(), ReadStage.MAP, "no title (" + (unimarc ? "200 $a" : "245 or 880")
					+ ") in this " + marc.format() + " record: skipped");
		}
		MarcItem item = unimarc
				? new MarcItem(MarcLeaders.controlNumber(record), title, UnimarcMapping.altTitles(record, title),
						UnimarcMapping.creators(record), UnimarcMapping.subjects(record), UnimarcMapping.description(record),
						UnimarcMapping.date(record), UnimarcMapping.language(record), UnimarcMapping.isbns(record),
						UnimarcMapping.publisher(record), MarcFormat.UNIMARC)
				: new MarcItem(MarcLeaders.controlNumber(record), title, Marc21Mapping.altTitles(record, title),
						Marc21Mapping.creators(record), Marc21Mapping.subjects(record), Marc21Mapping.description(record),
						Marc21Mapping.date(record), Marc21Mapping.language(record), Marc21Mapping.isbns(record),
						Marc21Mapping.publisher(record), MarcFormat.MARC21);
		return ReadOutcome.item(item, List.of());
	}

}
