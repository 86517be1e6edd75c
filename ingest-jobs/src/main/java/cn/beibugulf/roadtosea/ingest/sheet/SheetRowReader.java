package cn.beibugulf.roadtosea.ingest.sheet;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.local.ImportFolderException;
import cn.beibugulf.roadtosea.ingest.local.LocalIngestProperties;
import cn.beibugulf.roadtosea.ingest.local.SourceDocument;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.storage.ObjectStore;
import cn.beibugulf.roadtosea.ingest.job.HarvestItemReader;

/**
 * Reads the sheet a spreadsheet source names: loads it from the import folder (within
 * {@code portal.ingest.sheet.max-file-size}), keeps its bytes in object storage, checks that the
 * columns its kind needs are there (the run fails, naming them, when not) and yields its rows.
 * Restartable: the sheet is read again and the rows already committed are passed over.
 */
public class SheetRowReader extends HarvestItemReader<SheetRow> {

	private static final Logger logger = LoggerFactory.getLogger(SheetRowReader.class);

	private final HarvestSource source;

	private final ImportFolder folder;

	private final LocalIngestProperties.Sheet settings;

	private final ObjectStore objectStore;

	private List<SheetRow> rows = List.of();

	private int next;

	public SheetRowReader(HarvestSource source, ImportFolder folder, LocalIngestProperties.Sheet settings,
			ObjectStore objectStore) {
		this.source = source;
		this.folder = folder;
		this.settings = settings;
		this.objectStore = objectStore;
		setName("sheetRowReader");
	}

	@Override
	protected void doOpen() {
		SheetKind kind = SheetKind.of(this.source.metadataPrefix());
		SourceDocument document = SourceDocument.read(this.source, this.folder, this.settings.maxFileSize(),
				"portal.ingest.sheet.max-file-size");
		document.storeRaw(this.objectStore, SheetTable.contentType(document));
		SheetTable table = SheetTable.read(document, this.source.setSpec());
		List<SheetColumn> missing = SheetRowMapper.of(kind)
			.requiredColumns()
			.stream()
			.filter((column) -> !table.columns().contains(column))
			.sorted()
			.toList();
		if (!missing.isEmpty()) {
			throw new ImportFolderException(document.name() + " is a sheet of " + kind.code() + " but has no column "
					+ missing.stream().map(SheetColumn::heading).collect(Collectors.joining(", ")) + " (its first row: "
					+ String.join(", ", table.headings()) + ")");
		}
		this.rows = table.rows();
		this.next = 0;
		logger.info("Sheet {} of source {} ({}): {} rows, columns {}", document.name(), this.source.id(), kind.code(),
				this.rows.size(), table.columns());
	}

	@Override
	protected SheetRow doRead() {
		return (this.next < this.rows.size()) ? this.rows.get(this.next++) : null;
	}

	@Override
	protected Long remaining() {
		return (long) this.rows.size() - this.next;
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		this.next = Math.min(itemIndex, this.rows.size());
	}

	@Override
	protected void doClose() {
		this.rows = List.of();
	}

}
