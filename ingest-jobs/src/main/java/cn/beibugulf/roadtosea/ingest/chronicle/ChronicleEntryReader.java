package cn.beibugulf.roadtosea.ingest.chronicle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import cn.beibugulf.roadtosea.ingest.local.ImportFolder;
import cn.beibugulf.roadtosea.ingest.local.LocalIngestProperties;
import cn.beibugulf.roadtosea.ingest.local.SourceDocument;
import cn.beibugulf.roadtosea.ingest.local.TextFiles;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.storage.ObjectStore;
import cn.beibugulf.roadtosea.ingest.job.HarvestItemReader;

/**
 * Reads the chronicle document a source names: loads it from the import folder, keeps its bytes in
 * object storage, decodes it (UTF-8, or GBK and the other legacy encodings) and parses it with
 * {@link ChronicleParser}, with the year of the source's {@code setSpec} when it has one. Yields
 * the entries and the unreadable lines in the order of the document. Restartable: the parse is
 * repeated and the items already committed are passed over.
 */
public class ChronicleEntryReader extends HarvestItemReader<ChronicleItem> {

	private static final Logger logger = LoggerFactory.getLogger(ChronicleEntryReader.class);

	private static final Pattern YEAR = Pattern.compile("(?:year\\s*[:=]\\s*)?((?:1[5-9]|20)\\d{2})\\s*年?");

	private final HarvestSource source;

	private final ImportFolder folder;

	private final LocalIngestProperties.Chronicle settings;

	private final ObjectStore objectStore;

	private final ChronicleParser parser;

	private List<ChronicleItem> items = List.of();

	private int next;

	public ChronicleEntryReader(HarvestSource source, ImportFolder folder, LocalIngestProperties.Chronicle settings,
			ObjectStore objectStore, ChronicleParser parser) {
		this.source = source;
		this.folder = folder;
		this.settings = settings;
		this.objectStore = objectStore;
		this.parser = parser;
		setName("chronicleEntryReader");
	}

	/**
	 * The year a source's {@code setSpec} gives ("2020", "2020年", "year=2020"), or null.
	 * @throws IllegalArgumentException when the setting is there but names no year
	 */
	static @Nullable Integer yearOf(HarvestSource source) {
		String setting = source.setSpec();
		if (setting == null || setting.isBlank()) {
			return null;
		}
		Matcher matcher = YEAR.matcher(setting.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("The setSpec of chronicle source " + source.id()
					+ " must be the year of its entries (e.g. 2020), not '" + setting + "'");
		}
		return Integer.valueOf(matcher.group(1));
	}

	@Override
	protected void doOpen() {
		Integer year = yearOf(this.source);
		SourceDocument document = SourceDocument.read(this.source, this.folder, this.settings.maxFileSize(),
				"portal.ingest.chronicle.max-file-size");
		TextFiles.Decoded text = TextFiles.decode(document.bytes());
		document.storeRaw(this.objectStore, "text/plain; charset=" + text.charset().name());
		ChronicleParseResult result = (year != null) ? this.parser.parse(text.text(), year)
				: this.parser.parse(text.text());
		List<ChronicleItem> read = new ArrayList<>();
		result.events().forEach((event) -> read.add(new ChronicleItem.Entry(event, document.rawKey())));
		result.problems().forEach((problem) -> read.add(new ChronicleItem.Unreadable(problem, document.rawKey())));
		read.sort(Comparator.comparingInt(ChronicleItem::line));
		this.items = List.copyOf(read);
		this.next = 0;
		logger.info("Chronicle {} of source {} ({}, year {}): {} entries, {} unreadable lines", document.name(),
				this.source.id(), text.charset(), (year != null) ? year : "from the heading", result.events().size(),
				result.problems().size());
	}

	@Override
	protected @Nullable ChronicleItem doRead() {
		return (this.next < this.items.size()) ? this.items.get(this.next++) : null;
	}

	@Override
	protected Long remaining() {
		return (long) this.items.size() - this.next;
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		this.next = Math.min(itemIndex, this.items.size());
	}

	@Override
	protected void doClose() {
		this.items = List.of();
	}

}
