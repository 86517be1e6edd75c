package cn.beibugulf.roadtosea.ingest.files;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import cn.beibugulf.roadtosea.record.PortalRecord;
import cn.beibugulf.roadtosea.record.RecordFile;

import static org.assertj.core.api.Assertions.assertThat;

class FileRecordMapperTests {

	private static final HarvestSource SOURCE = HarvestSource.files("bh-files", "北海地方文献", "file:beihai", "北海市图书馆", "北海",
			List.of("origins"), List.of("history"));

	private static final LocalFile FILE = new LocalFile("beihai/2020/北海老街骑楼调查报告.pdf", Path.of("/x"), 1234, "ab12",
			Instant.parse("2021-01-07T08:00:43Z"), null);

	@Test
	void mapsAFileWithItsMetadataAndStorageKeys() {
		ExtractedDocument document = new ExtractedDocument("application/pdf", "北海老街骑楼调查", List.of("张三", "张三 "),
				null, List.of("骑楼, 老街；北海"), "2021-01-07T08:00:43Z", "zh-CN", 60, "\n\n第一章  概述\n\n\n北海老街…\n",
				new byte[] { 1 });

		PortalRecord record = FileRecordMapper.toRecord(SOURCE, FILE, document, Instant.parse("2024-01-01T00:00:00Z"), 100);

		assertThat(record.id()).isEqualTo("bh-files:ab12");
		assertThat(record.title()).isEqualTo("北海老街骑楼调查");
		assertThat(record.creators()).containsExactly("张三");
		assertThat(record.subjects()).containsExactly("骑楼", "老街", "北海");
		assertThat(record.type()).isEqualTo("book");
		assertThat(record.fullText()).isEqualTo("第一章  概述\n\n北海老街…");
		assertThat(record.hasFullText()).isTrue();
		assertThat(record.description()).isEqualTo("第一章 概述 北海老街…");
		assertThat(record.issued()).isEqualTo("2021-01-07");
		assertThat(record.year()).isEqualTo(2021);
		assertThat(record.language()).isEqualTo("zh-CN");
		assertThat(record.modules()).containsExactly("origins");
		assertThat(record.files()).containsExactly(new RecordFile("files/ab12", "application/pdf", 1234L,
				"files/ab12.thumb.jpg", "beihai/2020/北海老街骑楼调查报告.pdf"));
		assertThat(record.provenance().rawKey()).isEqualTo("files/ab12");
		assertThat(record.provenance().datestamp()).isEqualTo("2021-01-07T08:00:43Z");
	}

	@Test
	void placeholderTitlesGiveWayToTheFileName() {
		assertThat(FileRecordMapper.title("标准名称", FILE)).isEqualTo("北海老街骑楼调查报告");
		assertThat(FileRecordMapper.title("Untitled", FILE)).isEqualTo("北海老街骑楼调查报告");
		assertThat(FileRecordMapper.title("  ", FILE)).isEqualTo("北海老街骑楼调查报告");
		assertThat(FileRecordMapper.title(null, FILE)).isEqualTo("北海老街骑楼调查报告");
		assertThat(FileRecordMapper.title("Microsoft Word - 合浦汉墓.doc", FILE)).isEqualTo("合浦汉墓.doc");
	}

	@Test
	void theTextIsCappedAndAnImageWithoutTextHasNone() {
		ExtractedDocument photo = new ExtractedDocument("image/jpeg", null, List.of(), null, List.of(), "0000-00-00", null,
				null, "", null);
		LocalFile jpeg = new LocalFile("beihai/photos.zip!/涠洲岛.jpg", Path.of("/x"), 10, "cd34", null, null);

		PortalRecord record = FileRecordMapper.toRecord(SOURCE, jpeg, photo, Instant.EPOCH, 100);

		assertThat(record.type()).isEqualTo("image");
		assertThat(record.title()).isEqualTo("涠洲岛");
		assertThat(record.fullText()).isNull();
		assertThat(record.hasFullText()).isFalse();
		assertThat(record.description()).isNull();
		assertThat(record.issued()).isNull();
		assertThat(record.files().getFirst().thumb()).isNull();
		assertThat(FileRecordMapper.toRecord(SOURCE, FILE, new ExtractedDocument("text/plain", null, List.of(), null,
				List.of(), null, null, null, "北".repeat(500), null), Instant.EPOCH, 100).fullText()).hasSize(100);
	}

	@Test
	void typesFollowTheMediaType() {
		assertThat(FileTypes.of("application/epub+zip", null)).isEqualTo("book");
		assertThat(FileTypes.of("application/pdf", 12)).isEqualTo("article");
		assertThat(FileTypes.of("application/pdf", null)).isEqualTo("article");
		assertThat(FileTypes.of("application/msword", 50)).isEqualTo("book");
		assertThat(FileTypes.of("text/html", null)).isEqualTo("webpage");
		assertThat(FileTypes.of("video/mp4", null)).isEqualTo("video");
		assertThat(FileTypes.of("audio/mpeg", null)).isEqualTo("audio");
		assertThat(FileTypes.of("application/zip", null)).isEqualTo("other");
	}

}
