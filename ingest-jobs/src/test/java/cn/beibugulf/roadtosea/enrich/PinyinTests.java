package cn.beibugulf.roadtosea.enrich;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinTests {

	@Test
	void fullPinyinJoinsTheSyllablesOfAWord() {
		assertThat(Pinyin.full("北海")).isEqualTo("beihai");
		assertThat(Pinyin.full("涠洲岛")).isEqualTo("weizhoudao");
		assertThat(Pinyin.full("防城港")).isEqualTo("fangchenggang");
	}

	@Test
	void initials() {
		assertThat(Pinyin.initials("北海")).isEqualTo("bh");
		assertThat(Pinyin.initials("北海市图书馆")).isEqualTo("bhstsg");
	}

	@Test
	void polyphonesAreReadInContext() {
		assertThat(Pinyin.full("银行")).isEqualTo("yinhang");
		assertThat(Pinyin.full("行走")).isEqualTo("xingzou");
		assertThat(Pinyin.full("重庆")).isEqualTo("chongqing");
		assertThat(Pinyin.full("长沙")).isEqualTo("changsha");
		assertThat(Pinyin.initials("重庆银行")).isEqualTo("cqyh");
	}

	@Test
	void umlautIsWrittenVAsOnAKeyboard() {
		assertThat(Pinyin.full("绿色")).isEqualTo("lvse");
	}

	@Test
	void traditionalCharactersGiveTheSamePinyin() {
		assertThat(Pinyin.full("圖書館")).isEqualTo("tushuguan");
		assertThat(Pinyin.full("潿洲島")).isEqualTo("weizhoudao");
	}

	@Test
	void mixedTextKeepsLatinLettersAndDigits() {
		assertThat(Pinyin.full("北海 Library 2020")).isEqualTo("beihai library 2020");
		assertThat(Pinyin.initials("北海 Library 2020")).isEqualTo("bh library 2020");
		assertThat(Pinyin.full("4.23魔法乐读节")).isEqualTo("4 23 mofaledujie");
		assertThat(Pinyin.full("AR创意摄影")).isEqualTo("ar chuangyisheying");
		assertThat(Pinyin.initials("AR创意摄影")).isEqualTo("ar cysy");
		assertThat(Pinyin.full("“北海，海上丝绸之路始发港”")).isEqualTo("beihai haishangsichouzhilushifagang");
		assertThat(Pinyin.full("Ｂｅｉｈａｉ　Bắc Hải")).isEqualTo("beihai bac hai");
	}

	@Test
	void emptyInput() {
		assertThat(Pinyin.full(null)).isEmpty();
		assertThat(Pinyin.full("  ")).isEmpty();
		assertThat(Pinyin.initials("——")).isEmpty();
	}

}
