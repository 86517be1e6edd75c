package cn.beibugulf.roadtosea.portal.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdvancedQueryTests {

	@Test
	void plainWordsAreNotAdvanced() {
		assertThat(AdvancedQuery.isAdvanced("北海 老城")).isFalse();
		assertThat(AdvancedQuery.isAdvanced("maritime silk road")).isFalse();
		assertThat(AdvancedQuery.isAdvanced("android notebook")).isFalse();
	}

	@Test
	void phrasesOperatorsAndFieldTermsAreRecognised() {
		assertThat(AdvancedQuery.isAdvanced("\"海上丝绸之路\"")).isTrue();
		assertThat(AdvancedQuery.isAdvanced("北海 NOT 骑楼")).isTrue();
		assertThat(AdvancedQuery.isAdvanced("title:合浦")).isTrue();
		assertThat(AdvancedQuery.isAdvanced("-骑楼 北海")).isTrue();
	}

	@Test
	void operatorsBecomeSimpleQueryStringSyntax() {
		assertThat(AdvancedQuery.parse("北海 NOT 骑楼").text()).isEqualTo("北海 -骑楼");
		assertThat(AdvancedQuery.parse("北海 OR 合浦").text()).isEqualTo("北海 | 合浦");
		assertThat(AdvancedQuery.parse("北海 AND 合浦").text()).isEqualTo("北海 + 合浦");
	}

	@Test
	void fieldTermsAndYearRangesAreTakenOut() {
		AdvancedQuery query = AdvancedQuery.parse("title:\"合浦 汉墓\" subject:考古 year:1990-2000 港口");
		assertThat(query.fieldTerms()).containsEntry("title", List.of("合浦 汉墓")).containsEntry("subject", List.of("考古"));
		assertThat(query.yearFrom()).isEqualTo(1990);
		assertThat(query.yearTo()).isEqualTo(2000);
		assertThat(query.text()).isEqualTo("港口");
		assertThat(AdvancedQuery.parse("year:2020").yearTo()).isEqualTo(2020);
	}

	@Test
	void unknownFieldsStayPlainTextAndBadYearsAreRefused() {
		assertThat(AdvancedQuery.parse("author:x secret:y \"z\"").fieldTerms()).isEmpty();
		assertThatThrownBy(() -> AdvancedQuery.parse("year:nineteen")).isInstanceOf(InvalidSearchException.class);
		assertThatThrownBy(() -> AdvancedQuery.parse("year:2000-1990")).isInstanceOf(InvalidSearchException.class);
	}

}
