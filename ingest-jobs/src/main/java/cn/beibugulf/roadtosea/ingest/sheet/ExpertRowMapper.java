package cn.beibugulf.roadtosea.ingest.sheet;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * Expert rows: {@code expert} records titled with the name; the fields of research are the
 * subjects, the affiliation is the category (a facet of the think tank), the bio is the
 * description, followed by the works ("代表作：…").
 */
final class ExpertRowMapper implements SheetRowMapper {

	@Override
	public Set<SheetColumn> requiredColumns() {
		return Set.of(SheetColumn.NAME);
	}

	@Override
	public List<String> naturalKey(SheetRow row) {
		return List.of(String.valueOf(row.get(SheetColumn.NAME)), String.valueOf(row.get(SheetColumn.AFFILIATION)));
	}

	@Override
	public PortalRecord.Builder map(SheetRow row, UnaryOperator<String> idOf) {
		String name = SheetRowMapper.required(row, SheetColumn.NAME);
		String bio = (row.get(SheetColumn.BIO) != null) ? row.get(SheetColumn.BIO) : row.get(SheetColumn.DESCRIPTION);
		List<String> works = row.list(SheetColumn.WORKS);
		String description = bio;
		if (!works.isEmpty()) {
			String worksLine = "代表作：" + String.join("；", works);
			description = (bio != null) ? bio + "\n\n" + worksLine : worksLine;
		}
		String affiliation = row.get(SheetColumn.AFFILIATION);
		return PortalRecord.builder()
			.type("expert")
			.title(name)
			.subjects(row.list(SheetColumn.FIELD))
			.categories((affiliation != null) ? List.of(affiliation) : List.of())
			.description(description)
			.url(SheetRowMapper.firstLink(row));
	}

}
