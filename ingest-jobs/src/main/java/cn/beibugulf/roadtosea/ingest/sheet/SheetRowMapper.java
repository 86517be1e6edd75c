package cn.beibugulf.roadtosea.ingest.sheet;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Maps the rows of one {@link SheetKind} to portal records (without id, source and provenance,
 * which the processor adds).
 */
interface SheetRowMapper {

	/** The columns a sheet of this kind must have. */
	Set<SheetColumn> requiredColumns();

	/** The values that identify a row when the sheet has no id column. */
	List<String> naturalKey(SheetRow row);

	/**
	 * @param idOf turns an id of this sheet into a record id (for links between rows)
	 * @throws LocalItemException when the row cannot be used (skipped with the reason)
	 */
	PortalRecord.Builder map(SheetRow row, UnaryOperator<String> idOf);

	static SheetRowMapper of(SheetKind kind) {
		return switch (kind) {
			case CHRONICLE -> new ChronicleRowMapper();
			case EXPERTS -> new ExpertRowMapper();
			case POLICIES -> new PolicyRowMapper();
		};
	}

	/** The value, or a skip with "no {column}". */
	static String required(SheetRow row, SheetColumn column) {
		String value = row.get(column);
		if (value == null) {
			throw new LocalItemException(row.label(), FailureStage.MAP, "no " + column.heading());
		}
		return value;
	}

	/** The date in the column, null when blank, a skip when it is not a date. */
	static SheetDate date(SheetRow row, SheetColumn column) {
		String value = row.get(column);
		if (value == null) {
			return null;
		}
		return SheetDate.parse(value)
			.orElseThrow(() -> new LocalItemException(row.label(), FailureStage.MAP, "'" + value + "' in column "
					+ column.heading() + " is not a date (write 2020-03-24, 2020/3/24, 2020年3月24日, 2020-03 or 2020)"));
	}

	/** The first http(s) link of the links column, or null. */
	static String firstLink(SheetRow row) {
		String links = row.get(SheetColumn.LINKS);
		if (links == null) {
			return null;
		}
		for (String link : links.split("[\\s,;，；|]+")) {
			if (link.startsWith("http://") || link.startsWith("https://")) {
				return link;
			}
		}
		return null;
	}

}
