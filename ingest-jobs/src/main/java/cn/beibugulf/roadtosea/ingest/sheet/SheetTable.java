package cn.beibugulf.roadtosea.ingest.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.beibugulf.roadtosea.ingest.local.ImportFolderException;
import cn.beibugulf.roadtosea.ingest.local.SourceDocument;
import cn.beibugulf.roadtosea.ingest.local.TextFiles;

/**
 * The rows of a sheet: a CSV file (UTF-8 with or without BOM, GBK and other legacy encodings;
 * comma, semicolon or tab separated) or a workbook (XLSX, XLS; the named sheet or the first). The
 * first non-blank row names the columns ({@link SheetColumn}); blank rows are left out. Workbook
 * cells formatted as dates become ISO dates; other cells are read as Excel shows them.
 *
 * @param headings the first row as written
 * @param columns the known columns found in it
 * @param rows the data rows
 */
public record SheetTable(List<String> headings, List<SheetColumn> columns, List<SheetRow> rows) {

	private static final Logger logger = LoggerFactory.getLogger(SheetTable.class);

	/**
	 * @param sheetName the workbook sheet to read, or null for the first (ignored for CSV)
	 * @throws ImportFolderException when the file cannot be read as a sheet
	 */
	public static SheetTable read(SourceDocument document, String sheetName) {
		List<Cells> rows = isWorkbook(document) ? workbookRows(document, sheetName) : csvRows(document);
		return table(document, rows);
	}

	/** The content type the sheet is stored with. */
	public static String contentType(SourceDocument document) {
		String name = document.name().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xls")) {
			return "application/vnd.ms-excel";
		}
		return isWorkbook(document) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
	}

	private static boolean isWorkbook(SourceDocument document) {
		byte[] bytes = document.bytes();
		boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
		boolean ole2 = bytes.length > 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
				&& (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
		return zip || ole2;
	}

	private static SheetTable table(SourceDocument document, List<Cells> rows) {
		int headingIndex = 0;
		while (headingIndex < rows.size() && rows.get(headingIndex).blank()) {
			headingIndex++;
		}
		if (headingIndex == rows.size()) {
			throw new ImportFolderException(document.name() + " is empty: the first row must name the columns");
		}
		List<String> headings = rows.get(headingIndex).values();
		Map<Integer, SheetColumn> columnAt = new LinkedHashMap<>();
		List<String> ignored = new ArrayList<>();
		for (int i = 0; i < headings.size(); i++) {
			String heading = headings.get(i);
			Optional<SheetColumn> column = SheetColumn.of(heading);
			if (column.isPresent() && !columnAt.containsValue(column.get())) {
				columnAt.put(i, column.get());
			}
			else if (!heading.isBlank()) {
				ignored.add(heading);
			}
		}
		if (!ignored.isEmpty()) {
			logger.info("{}: columns not used: {}", document.name(), ignored);
		}
		List<SheetRow> data = new ArrayList<>();
		for (Cells row : rows.subList(headingIndex + 1, rows.size())) {
			Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
			columnAt.forEach((index, column) -> {
				String value = (index < row.values().size()) ? row.values().get(index).strip() : "";
				if (!value.isEmpty()) {
					cells.put(column, value);
				}
			});
			if (!cells.isEmpty()) {
				data.add(new SheetRow(row.number(), cells, document.rawKey()));
			}
		}
		return new SheetTable(headings, List.copyOf(columnAt.values()), data);
	}

	private static List<Cells> csvRows(SourceDocument document) {
		String text = TextFiles.decode(document.bytes()).text();
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = delimiter(firstLine);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		List<Cells> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				rows.add(new Cells((int) record.getRecordNumber(), record.toList()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new ImportFolderException(document.name() + " is not a readable CSV file: " + ex.getMessage(), ex);
		}
		return rows;
	}

	private static char delimiter(String firstLine) {
		long commas = firstLine.chars().filter((c) -> c == ',').count();
		long semicolons = firstLine.chars().filter((c) -> c == ';').count();
		long tabs = firstLine.chars().filter((c) -> c == '\t').count();
		if (tabs > commas && tabs >= semicolons) {
			return '\t';
		}
		return (semicolons > commas) ? ';' : ',';
	}

	private static List<Cells> workbookRows(SourceDocument document, String sheetName) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(document.bytes()))) {
			Sheet sheet = (sheetName != null) ? workbook.getSheet(sheetName) : workbook.getSheetAt(0);
			if (sheet == null) {
				throw new ImportFolderException(document.name() + " has no sheet named '" + sheetName + "'");
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			List<Cells> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
					Cell cell = row.getCell(i);
					values.add((cell != null) ? text(cell, formatter, evaluator) : "");
				}
				rows.add(new Cells(row.getRowNum() + 1, values));
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportFolderException folder) {
				throw folder;
			}
			throw new ImportFolderException(document.name() + " is not a readable workbook: " + ex.getMessage(), ex);
		}
	}

	private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime value = cell.getLocalDateTimeCellValue();
			return (value != null) ? value.toLocalDate().toString() : "";
		}
		return formatter.formatCellValue(cell, evaluator);
	}

	/** A row as read, before the columns are known. */
	private record Cells(int number, List<String> values) {

		boolean blank() {
			return this.values.stream().allMatch(String::isBlank);
		}

	}

}
