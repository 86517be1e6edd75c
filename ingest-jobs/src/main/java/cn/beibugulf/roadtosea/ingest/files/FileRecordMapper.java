package cn.beibugulf.roadtosea.ingest.files;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.Provenance;
import cn.beibugulf.roadtosea.record.RecordFile;

/**
 * A harvested file as a portal record: id {@code {sourceId}:{sha256}}; the title from the file's
 * metadata unless it is a placeholder ("标准名称", "Untitled", "Microsoft Word - …"), else the file
 * name; creators and subjects from the metadata; the description from the metadata or the first
 * {@value #EXCERPT} characters of the text; the text as {@code fullText}; the date it was created
 * as {@code issued}; the type from the media type; one entry in {@code files} with the object keys
 * of the original and its thumbnail.
 */
final class FileRecordMapper {

	static final int EXCERPT = 300;

	private static final int MAX_SUBJECTS = 20;

	private static final Set<String> PLACEHOLDER_TITLES = Set.of("untitled", "no title", "title", "document",
			"untitled document", "powerpoint presentation", "slide 1", "标题", "无标题", "标准名称", "文档", "新建文档",
			"新建 microsoft word 文档", "文件名称", "书名");

	private static final Pattern WORD_PREFIX = Pattern.compile("^(?i)microsoft (?:word|powerpoint|excel) - ");

	private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

	private FileRecordMapper() {
	}

	static PortalRecord toRecord(HarvestSource source, LocalFile file, ExtractedDocument document, Instant harvestedAt,
			int fullTextLimit) {
		String text = tidy(document.text());
		if (text.length() > fullTextLimit) {
			text = text.substring(0, fullTextLimit);
		}
		String description = clean(document.description());
		String issued = issued(document.created());
		String thumbnail = (document.thumbnail() != null) ? FileKeys.thumbnail(file.sha256()) : null;
		return PortalRecord.builder()
			.id(PortalRecord.idOf(source.id(), file.sha256()))
			.sourceId(source.id())
			.sourceIdentifier(file.sha256())
			.library(source.library())
			.city(source.city())
			.modules(source.modules())
			.themes(source.themes())
			.type(FileTypes.of(document.mime(), document.pages()))
			.title(title(document.title(), file))
			.creators(distinct(document.creators()))
			.subjects(subjects(document.subjects()))
			.description((description != null) ? description : excerpt(text))
			.fullText(text.isEmpty() ? null : text)
			.hasFullText(!text.isEmpty())
			.language(language(document.language()))
			.issued(issued)
			.year((issued != null) ? Integer.valueOf(issued.substring(0, 4)) : null)
			.files(List.of(new RecordFile(FileKeys.original(file.sha256()), document.mime(), file.size(), thumbnail,
					file.name())))
			.provenance(new Provenance(harvestedAt.toString(),
					(file.lastModified() != null) ? file.lastModified().toString() : null, document.mime(),
					FileKeys.original(file.sha256()), List.of()))
			.build();
	}

	static String title(String metadataTitle, LocalFile file) {
		String title = clean(metadataTitle);
		if (title != null) {
			title = WORD_PREFIX.matcher(title).replaceFirst("").strip();
		}
		if (title == null || title.isEmpty() || PLACEHOLDER_TITLES.contains(title.toLowerCase(Locale.ROOT))) {
			return file.baseName();
		}
		return title;
	}

	/** The first characters of the text, cut after a sentence when one ends near the limit. */
	static String excerpt(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.isEmpty()) {
			return null;
		}
		if (flat.length() <= EXCERPT) {
			return flat;
		}
		String cut = flat.substring(0, EXCERPT);
		int sentence = Math.max(Math.max(cut.lastIndexOf('。'), cut.lastIndexOf(". ")), cut.lastIndexOf('！'));
		return (sentence > EXCERPT / 2) ? cut.substring(0, sentence + 1) : cut + "…";
	}

	/** Lines stripped, runs of blank lines folded into one. */
	static String tidy(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean blank = false;
		for (String line : text.split("\\R")) {
			String stripped = line.strip();
			if (stripped.isEmpty()) {
				blank = !out.isEmpty();
				continue;
			}
			if (!out.isEmpty()) {
				out.append(blank ? "\n\n" : "\n");
			}
			out.append(stripped);
			blank = false;
		}
		return out.toString();
	}

	private static String issued(String created) {
		if (created == null) {
			return null;
		}
		Matcher matcher = DATE.matcher(created.strip());
		if (!matcher.find()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(matcher.group(0));
			return (date.getYear() >= 1000 && date.getYear() <= Year.now().getValue() + 1) ? date.toString() : null;
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static String language(String declared) {
		String value = clean(declared);
		if (value == null) {
			return null;
		}
		String tag = value.replace('_', '-');
		String primary = tag.split("-")[0].toLowerCase(Locale.ROOT);
		return primary.matches("[a-z]{2,3}") ? (primary.equals("zh") ? tag : primary) : null;
	}

	private static List<String> subjects(List<String> values) {
		List<String> subjects = new ArrayList<>();
		for (String value : values) {
			for (String part : value.split("[,;，；、]")) {
				if (!part.isBlank()) {
					subjects.add(part.strip());
				}
			}
		}
		return distinct(subjects).stream().limit(MAX_SUBJECTS).toList();
	}

	private static List<String> distinct(List<String> values) {
		Set<String> seen = new LinkedHashSet<>();
		values.stream().map(String::strip).filter((value) -> !value.isEmpty()).forEach(seen::add);
		return List.copyOf(seen);
	}

	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.replaceAll("\\s+", " ").strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
