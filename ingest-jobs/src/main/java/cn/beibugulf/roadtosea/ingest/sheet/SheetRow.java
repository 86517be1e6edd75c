package cn.beibugulf.roadtosea.ingest.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One row of a sheet, its cells by column (blank cells left out), and the object-storage key of the
 * sheet it comes from.
 *
 * @param number the row number as the spreadsheet shows it (the heading row is 1)
 * @param cells the values of the known columns, stripped, without blank ones
 * @param rawKey where object storage keeps the sheet
 */
public record SheetRow(int number, Map<SheetColumn, String> cells, String rawKey) {

	public SheetRow {
		cells = Map.copyOf(cells);
	}

	/** The value, or null when the cell is blank or the column missing. */
	public String get(SheetColumn column) {
		return this.cells.get(column);
	}

	/** The value split into items at commas, semicolons, 、 and line breaks (blank items dropped). */
	public List<String> list(SheetColumn column) {
		String value = get(column);
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("[,;，；、|\\n]")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

	/** "row 7", as recorded with a skipped row. */
	public String label() {
		return "row " + this.number;
	}

}
