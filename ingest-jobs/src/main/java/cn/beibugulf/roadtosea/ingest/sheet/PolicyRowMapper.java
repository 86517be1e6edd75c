package cn.beibugulf.roadtosea.ingest.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import cn.beibugulf.roadtosea.ingest.failure.FailureStage;
import cn.beibugulf.roadtosea.ingest.local.LocalItemException;
import cn.beibugulf.roadtosea.record.EventDate;
import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Policy rows: {@code policy}, {@code interpretation} or {@code case} records (the type column,
 * policy when blank). The issuers are the creators, the issued date is {@code issued}, the
 * effective date starts {@code eventDate}, level and status are categories, and the ids in the
 * interpretations, cases, policy and related columns become {@code related} record ids.
 */
final class PolicyRowMapper implements SheetRowMapper {

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("policy", "policy"),
			Map.entry("政策", "policy"), Map.entry("政策法规", "policy"), Map.entry("法规", "policy"),
			Map.entry("文件", "policy"), Map.entry("interpretation", "interpretation"),
			Map.entry("解读", "interpretation"), Map.entry("政策解读", "interpretation"), Map.entry("case", "case"),
			Map.entry("案例", "case"), Map.entry("典型案例", "case"));

	@Override
	public Set<SheetColumn> requiredColumns() {
		return Set.of(SheetColumn.TITLE);
	}

	@Override
	public List<String> naturalKey(SheetRow row) {
		return List.of(String.valueOf(row.get(SheetColumn.TITLE)), String.valueOf(row.get(SheetColumn.ISSUED)));
	}

	@Override
	public PortalRecord.Builder map(SheetRow row, UnaryOperator<String> idOf) {
		String title = SheetRowMapper.required(row, SheetColumn.TITLE);
		String type = type(row);
		SheetDate issued = SheetRowMapper.date(row, SheetColumn.ISSUED);
		SheetDate effective = SheetRowMapper.date(row, SheetColumn.EFFECTIVE);
		List<String> categories = new ArrayList<>();
		if (row.get(SheetColumn.LEVEL) != null) {
			categories.add(row.get(SheetColumn.LEVEL));
		}
		if (row.get(SheetColumn.STATUS) != null) {
			categories.add(row.get(SheetColumn.STATUS));
		}
		Set<String> related = new LinkedHashSet<>();
		for (SheetColumn column : List.of(SheetColumn.INTERPRETATIONS, SheetColumn.CASES, SheetColumn.POLICY,
				SheetColumn.RELATED)) {
			row.list(column).forEach((id) -> related.add(idOf.apply(id)));
		}
		return PortalRecord.builder()
			.type(type)
			.title(title)
			.creators(row.list(SheetColumn.ISSUER))
			.description(row.get(SheetColumn.DESCRIPTION))
			.issued((issued != null) ? issued.value() : null)
			.year((issued != null) ? issued.year() : null)
			.eventDate((effective != null) ? new EventDate(effective.first().toString(), null) : null)
			.categories(categories)
			.related(List.copyOf(related))
			.url(SheetRowMapper.firstLink(row));
	}

	private static String type(SheetRow row) {
		String value = row.get(SheetColumn.TYPE);
		if (value == null) {
			return "policy";
		}
		String type = TYPES.get(value.strip().toLowerCase(Locale.ROOT));
		if (type == null) {
			throw new LocalItemException(row.label(), FailureStage.MAP,
					"type '" + value + "' is none of policy (政策), interpretation (解读), case (案例)");
		}
		return type;
	}

}
