package cn.beibugulf.roadtosea.ingest.feed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class FeedCategoryTests {

	@Test
	void namesTheFiveDynamicsCategoriesByCodeAndLabel() {
		assertThat(FeedCategory.values()).extracting(FeedCategory::code, FeedCategory::label)
			.containsExactly(tuple("news-flash", "文旅快讯"),
					tuple("travel-guide", "旅游攻略"),
					tuple("civilised-tourism", "文明旅游"),
					tuple("commentary", "旅游时评"),
					tuple("emergency", "突发事件"));
	}

	@Test
	void findsACategoryByItsCodeAsWrittenInConfiguration() {
		assertThat(FeedCategory.fromCode(" Travel-Guide ")).isEqualTo(FeedCategory.TRAVEL_GUIDE);
	}

	@Test
	void refusesAnUnknownCodeNamingTheValidOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> FeedCategory.fromCode("news"))
			.withMessage("unknown feed category 'news'; expected one of news-flash, travel-guide, civilised-tourism, "
					+ "commentary, emergency");
	}

}
