package cn.beibugulf.roadtosea.enrich;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTests {

	private static LanguageDetector detector;

	@BeforeAll
	static void loadProfiles() {
		detector = new LanguageDetector();
	}

	@Test
	void simplifiedAndTraditionalChineseEvenWhenShort() {
		assertThat(detector.detect("北海市图书馆")).isEqualTo(Language.ZH_CN);
		assertThat(detector.detect("图书馆")).isEqualTo(Language.ZH_CN);
		assertThat(detector.detect("圖書館")).isEqualTo(Language.ZH_TW);
		assertThat(detector.detect("海上絲綢之路與北部灣的歷史研究")).isEqualTo(Language.ZH_TW);
		assertThat(detector.detect("北海")).as("no character tells the scripts apart").isEqualTo(Language.ZH_CN);
	}

	@Test
	void chineseWithSomeLatinIsStillChinese() {
		assertThat(detector.detect("北海市图书馆举办AR创意摄影抗击疫情主题大赛活动")).isEqualTo(Language.ZH_CN);
	}

	@Test
	void english() {
		assertThat(detector.detect("The history of Beihai port")).isEqualTo(Language.EN);
		assertThat(detector.detect("Annual report of the library 2020")).isEqualTo(Language.EN);
		assertThat(detector.detect("Proceedings of the conference on ocean economy")).isEqualTo(Language.EN);
	}

	@Test
	void otherLanguages() {
		assertThat(detector.detect("Le port de Beihai et la route maritime de la soie")).isEqualTo(Language.OTHER);
		assertThat(detector.detect("Thư viện thành phố Bắc Hải và con đường tơ lụa trên biển"))
			.isEqualTo(Language.OTHER);
		assertThat(detector.detect("北海の歴史と海のシルクロード")).as("kana make it Japanese").isEqualTo(Language.OTHER);
	}

	@Test
	void shortOrEmptyTextHasNoLanguage() {
		assertThat(detector.detect(null)).isNull();
		assertThat(detector.detect("")).isNull();
		assertThat(detector.detect("   ")).isNull();
		assertThat(detector.detect("Beihai")).isNull();
		assertThat(detector.detect("北")).isNull();
		assertThat(detector.detect("2020-03-24")).isNull();
	}

	@Test
	void tagsAreTheStoredValues() {
		assertThat(Language.ZH_CN.tag()).isEqualTo("zh-CN");
		assertThat(Language.ZH_TW.tag()).isEqualTo("zh-TW");
		assertThat(Language.EN.tag()).isEqualTo("en");
		assertThat(Language.OTHER.tag()).isEqualTo("other");
	}

}
