package cn.beibugulf.roadtosea.enrich;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GazetteerTests {

	private static Gazetteer gazetteer;

	@BeforeAll
	static void load() {
		gazetteer = Gazetteer.load();
	}

	@Test
	void shipsTheGulfCitiesAndTheSilkRoadPorts() {
		assertThat(gazetteer.places()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(gazetteer.places()).extracting(Place::name)
			.contains("北海", "合浦", "涠洲岛", "银滩", "南宁", "钦州", "防城港", "东兴", "玉林", "崇左", "凭祥", "北部湾", "广州", "泉州",
					"宁波", "徐闻", "扬州", "福州", "漳州", "海口", "湛江", "河内", "海防", "岘港", "胡志明市", "马尼拉", "雅加达", "新加坡",
					"吉隆坡", "马六甲", "曼谷", "科伦坡", "加尔各答", "卡利卡特", "马斯喀特", "亚丁", "伊斯坦布尔")
			.doesNotHaveDuplicates();
		Place beihai = gazetteer.lookup("北海").orElseThrow();
		assertThat(beihai).isEqualTo(new Place("北海", "Beihai", Place.Kind.PORT, 21.48, 109.12));
		assertThat(gazetteer.lookup("Weizhou Island")).map(Place::kind).contains(Place.Kind.ISLAND);
		assertThat(gazetteer.lookup("雅加達")).map(Place::lat).contains(-6.21);
	}

	@Test
	void coordinatesStayNearTheirRegion() {
		// the six alliance cities lie between 21° and 23.5° N, 106.5° and 110.5° E
		for (String city : new String[] { "南宁", "北海", "钦州", "防城港", "玉林", "崇左" }) {
			Place place = gazetteer.lookup(city).orElseThrow();
			assertThat(place.lat()).as(city).isBetween(21.0, 23.5);
			assertThat(place.lon()).as(city).isBetween(106.5, 110.5);
		}
		assertThat(gazetteer.lookup("新加坡").orElseThrow().lat()).isBetween(1.0, 1.5);
		assertThat(gazetteer.lookup("伊斯坦布尔").orElseThrow().lon()).isBetween(28.5, 29.5);
	}

	@Test
	void findsPlacesInOrderOfFirstMention() {
		assertThat(gazetteer.find("我馆支部书记、馆长李道海到南宁向广西壮族自治区文旅厅汇报北部湾经济区图书馆服务联盟，后赴钦州与北海市图书馆同事会合，再去南宁。"))
			.extracting(Place::name)
			.containsExactly("南宁", "广西", "北部湾", "钦州", "北海");
	}

	@Test
	void theLongestNameWins() {
		assertThat(gazetteer.find("北部湾")).extracting(Place::name).containsExactly("北部湾");
		assertThat(gazetteer.find("广州湾的历史")).extracting(Place::name).as("广州湾 is Zhanjiang").containsExactly("湛江");
		assertThat(gazetteer.find("胡志明市")).extracting(Place::name).containsExactly("胡志明市");
		assertThat(gazetteer.find("北海银滩")).extracting(Place::name).containsExactly("北海", "银滩");
	}

	@Test
	void exclusionsHideThePlaceNamesInsideThem() {
		assertThat(gazetteer.find("北海道的雪")).isEmpty();
		assertThat(gazetteer.find("北京北海公园")).isEmpty();
		assertThat(gazetteer.find("长江入海口")).isEmpty();
		assertThat(gazetteer.find("北海道和北海")).extracting(Place::name).containsExactly("北海");
		assertThat(gazetteer.find("山东兴起的风潮")).as("not 东兴").isEmpty();
		assertThat(gazetteer.find("南海南部的岛礁")).as("not 海南").isEmpty();
	}

	@Test
	void traditionalTextIsFoldedFirst() {
		assertThat(gazetteer.find("北海市圖書館與潿洲島、欽州港、廣州、峴港")).extracting(Place::name)
			.containsExactly("北海", "涠洲岛", "钦州", "广州", "岘港");
	}

	@Test
	void latinNamesMatchWholeWordsIgnoringCase() {
		assertThat(gazetteer.find("From PAKHOI to Ho Chi Minh City via the Gulf of Tonkin")).extracting(Place::name)
			.containsExactly("北海", "胡志明市", "北部湾");
		assertThat(gazetteer.find("Adenine and Cantonese")).isEmpty();
		// next to Han characters, digits or punctuation a Latin name still starts a word; inside one it does not
		assertThat(gazetteer.find("访问Singapore，2020年Beihai（beihai2020 不算）")).extracting(Place::name)
			.containsExactly("新加坡", "北海");
		assertThat(gazetteer.find("SuperSingapore xBeihai")).isEmpty();
		assertThat(gazetteer.find("Ｓｉｎｇａｐｏｒｅ")).extracting(Place::name).containsExactly("新加坡");
	}

	@Test
	void nothingInEmptyText() {
		assertThat(gazetteer.find(null)).isEmpty();
		assertThat(gazetteer.find("")).isEmpty();
		assertThat(gazetteer.find("图书馆年度报告")).isEmpty();
	}

	@Test
	void aNameGivenToTwoPlacesIsRefused() {
		String json = """
				{ "description": "", "exclusions": [],
				  "places": [
				    { "name": "北海", "nameEn": "Beihai", "kind": "port", "lat": 21.48, "lon": 109.12, "aliases": ["珠城"] },
				    { "name": "合浦", "nameEn": "Hepu", "kind": "port", "lat": 21.66, "lon": 109.20, "aliases": ["珠城"] } ] }
				""";
		assertThatIllegalStateException()
			.isThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("珠城");
	}

	@Test
	void kindCodes() {
		assertThat(Place.Kind.ISLAND.code()).isEqualTo("island");
		assertThat(Place.Kind.of("Region")).isEqualTo(Place.Kind.REGION);
	}

}
