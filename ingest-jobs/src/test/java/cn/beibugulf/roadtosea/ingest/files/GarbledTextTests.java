package cn.beibugulf.roadtosea.ingest.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GarbledTextTests {

	@Test
	void findsGbkChineseReadAsLatin1() {
		assertThat(GarbledText.gbkReadAsLatin1("±±¶·ÐÇ 13.B.0001.A PCBA name")).hasValue("'±±¶·ÐÇ' (GBK for 北斗星)");
	}

	@Test
	void leavesEuropeanTextAndRealChineseAlone() {
		assertThat(GarbledText.gbkReadAsLatin1("Tosteberga Ängar, Søren Kierkegaard, Straße, « déjà vu », ¿Qué?")).isEmpty();
		assertThat(GarbledText.gbkReadAsLatin1("«»«» private-use codes")).isEmpty();
		assertThat(GarbledText.gbkReadAsLatin1("坚持社会主义核心价值体系 增强文化自觉和文化自信")).isEmpty();
	}

}
