package cn.beibugulf.roadtosea.enrich;

import java.util.List;

import cn.beibugulf.roadtosea.record.Place;
import cn.beibugulf.roadtosea.record.PortalRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordEnricherTests {

	static RecordEnricher enricher;

	@BeforeAll
	static void loadModels() {
		enricher = new RecordEnricher(new LanguageDetector(), Gazetteer.load());
	}

	@Test
	void chineseRecordGetsLanguagePlacesPinyinSuggestionsAndWorkKey() {
		PortalRecord record = PortalRecord.builder()
			.id("s:1")
			.title("北海老城骑楼")
			.subjects(List.of("历史建筑"))
			.description("合浦与北海一带的骑楼街区保存了近代商埠的风貌。")
			.language("zh")
			.creators(List.of("北海市图书馆"))
			.issued("2020")
			.build();

		PortalRecord enriched = enricher.enrich(record);

		assertThat(enriched.language()).isEqualTo("zh-CN");
		assertThat(enriched.places()).extracting(Place::name).contains("北海", "合浦");
		assertThat(enriched.places()).allSatisfy(place -> assertThat(place.geo()).isNotNull());
		assertThat(enriched.pinyin()).contains("beihai").contains("bhlcql");
		assertThat(enriched.suggest().input()).contains("北海老城骑楼", "beihailaochengqilou", "bhlcql", "北海");
		assertThat(enriched.workKey()).startsWith("t:");
	}

	@Test
	void traditionalTextIsTaggedAsSuch() {
		PortalRecord record = PortalRecord.builder()
			.id("s:2")
			.title("北海老城區歷史建築巡禮")
			.description("這些騎樓建築見證了北海開埠以來的發展歷程。")
			.language("zh")
			.build();

		assertThat(enricher.enrich(record).language()).isEqualTo("zh-TW");
	}

	@Test
	void sameWorkFromTwoSourcesSharesAKey() {
		PortalRecord a = PortalRecord.builder().id("a:1").title("合浦汉墓").issued("2015").creators(List.of("张三")).build();
		PortalRecord b = PortalRecord.builder().id("b:9").title("合浦漢墓 ").issued("2015").creators(List.of("张三")).build();
		assertThat(enricher.enrich(a).workKey()).isEqualTo(enricher.enrich(b).workKey());
	}

	@Test
	void tombstonesPassThroughUntouched() {
		PortalRecord tombstone = PortalRecord.builder().id("s:3").deleted(true).hidden(true).build();
		assertThat(enricher.enrich(tombstone)).isSameAs(tombstone);
	}

}
