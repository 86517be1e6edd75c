package cn.beibugulf.roadtosea.ingest.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.local.ImportFolderException;
import cn.beibugulf.roadtosea.ingest.local.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class SheetTableTests {

	private static final String CSV = """
			日期,End date,标题,地点,备注
			2020-01-05,,合浦汉代文化讲座,"合浦、北海",x

			2020-03-24,2020-03-30,"“三月三”线上活动，每晚直播",北海,
			""";

	@Test
	void readsUtf8CsvWithAByteOrderMarkMatchingEnglishAndChineseHeadings() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = CSV.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, bytes, 0, 3);
		System.arraycopy(body, 0, bytes, 3, body.length);

		SheetTable table = SheetTable.read(document("chronicle.csv", bytes), null);

		assertThat(table.columns()).containsExactly(SheetColumn.DATE, SheetColumn.END_DATE, SheetColumn.TITLE,
				SheetColumn.PLACE);
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).number()).isEqualTo(2);
		assertThat(table.rows().get(0).cells()).containsOnly(entry(SheetColumn.DATE, "2020-01-05"),
				entry(SheetColumn.TITLE, "合浦汉代文化讲座"), entry(SheetColumn.PLACE, "合浦、北海"));
		assertThat(table.rows().get(0).list(SheetColumn.PLACE)).containsExactly("合浦", "北海");
		assertThat(table.rows().get(1).number()).isEqualTo(4);
		assertThat(table.rows().get(1).get(SheetColumn.TITLE)).isEqualTo("“三月三”线上活动，每晚直播");
	}

	@Test
	void readsGbkCsvSeparatedBySemicolons() {
		String csv = "姓名;单位;研究领域\n李明;北部湾大学;海洋文化，海上丝绸之路\n";

		SheetTable table = SheetTable.read(document("experts.csv", csv.getBytes(Charset.forName("GBK"))), null);

		assertThat(table.rows()).singleElement().satisfies((row) -> {
			assertThat(row.get(SheetColumn.NAME)).isEqualTo("李明");
			assertThat(row.list(SheetColumn.FIELD)).containsExactly("海洋文化", "海上丝绸之路");
		});
	}

	@Test
	void readsAWorkbookWithDateCellsAsIsoDates() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("政策");
			Row heading = sheet.createRow(0);
			heading.createCell(0).setCellValue("编号");
			heading.createCell(1).setCellValue("标题");
			heading.createCell(2).setCellValue("发布日期");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(7);
			row.createCell(1).setCellValue("广西北部湾经济区发展规划");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
			row.createCell(2).setCellValue(LocalDate.of(2008, 1, 16));
			row.getCell(2).setCellStyle(date);
			workbook.write(out);
			xlsx = out.toByteArray();
		}

		SheetTable table = SheetTable.read(document("policies.xlsx", xlsx), null);

		assertThat(table.rows()).singleElement().satisfies((row) -> {
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.cells()).containsOnly(entry(SheetColumn.ID, "7"),
					entry(SheetColumn.TITLE, "广西北部湾经济区发展规划"), entry(SheetColumn.ISSUED, "2008-01-16"));
		});
		assertThatThrownBy(() -> SheetTable.read(document("policies.xlsx", xlsx), "Sheet9"))
			.isInstanceOf(ImportFolderException.class)
			.hasMessageContaining("no sheet named 'Sheet9'");
	}

	@Test
	void anEmptySheetIsRefused() {
		assertThatThrownBy(() -> SheetTable.read(document("empty.csv", "\n\n".getBytes(StandardCharsets.UTF_8)), null))
			.isInstanceOf(ImportFolderException.class)
			.hasMessageContaining("is empty");
	}

	static SourceDocument document(String name, byte[] bytes) {
		return new SourceDocument(Path.of("/import", name), name, bytes, "raw/test/" + name);
	}

}
