package cn.beibugulf.roadtosea.ingest.sheet;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;
import cn.beibugulf.roadtosea.record.EventDate;
import cn.beibugulf.roadtosea.record.Place;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Chronicle rows: {@code event} records with {@code eventDate} from the first day of the date to
 * the last day of the end date (or of the date itself: "2020-03" covers March), title,
 * description, places (named; the enricher adds coordinates of known places) and the first link.
 */
final class ChronicleRowMapper implements SheetRowMapper {

	@Override
	public Set<SheetColumn> requiredColumns() {
		return Set.of(SheetColumn.DATE, SheetColumn.TITLE);
	}

	@Override
	public List<String> naturalKey(SheetRow row) {
		return List.of(String.valueOf(row.get(SheetColumn.DATE)), String.valueOf(row.get(SheetColumn.TITLE)));
	}

	@Override
	public PortalRecord.Builder map(SheetRow row, UnaryOperator<String> idOf) {
		String title = SheetRowMapper.required(row, SheetColumn.TITLE);
		SheetDate date = SheetRowMapper.date(row, SheetColumn.DATE);
		if (date == null) {
			throw new LocalItemException(row.label(), FailureStage.MAP, "no date");
		}
		SheetDate end = SheetRowMapper.date(row, SheetColumn.END_DATE);
		if (end != null && end.last().isBefore(date.first())) {
			throw new LocalItemException(row.label(), FailureStage.MAP,
					"the end date " + end.value() + " is before the date " + date.value());
		}
		return PortalRecord.builder()
			.type("event")
			.title(title)
			.description(row.get(SheetColumn.DESCRIPTION))
			.issued(date.value())
			.year(date.year())
			.eventDate(new EventDate(date.first().toString(), ((end != null) ? end : date).last().toString()))
			.places(row.list(SheetColumn.PLACE).stream().map((name) -> new Place(name, null)).toList())
			.url(SheetRowMapper.firstLink(row));
	}

}
