package cn.beibugulf.roadtosea.record;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.beibugulf.roadtosea.ingest.index.WorkLinker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record is the index document: its JSON has exactly the template's properties (the index is
 * {@code dynamic: strict}), with the Jackson 2 and the Jackson 3 mapper alike.
 */
class PortalRecordJsonTests {

	private static final String TEMPLATE = "elasticsearch/templates/records-v1.json";

	private final ObjectMapper jackson2 = new ObjectMapper();

	private final JsonMapper jackson3 = JsonMapper.builder().build();

	@Test
	void aFullRecordHasExactlyTheTemplatesProperties() throws Exception {
		TreeSet<String> mapped = new TreeSet<>();
		collectMapping(templateProperties(), "", mapped);
		// written into a record by the linking of its work when its harvest ends, not by the harvest
		mapped.removeAll(Set.of(WorkLinker.VERSIONS, WorkLinker.VERSION_IDS, WorkLinker.VERSION_COUNT));

		TreeSet<String> written = new TreeSet<>();
		collectJson(this.jackson2.readTree(this.jackson2.writeValueAsString(full())), "", written);

		assertThat(written).containsExactlyElementsOf(mapped);
	}

	@Test
	void emptyValuesAreLeftOutAndARecordIsItsOwnWork() throws Exception {
		PortalRecord minimal = PortalRecord.builder().id("s:1").sourceId("s").title("北海").hidden(false).build();

		assertThat(this.jackson2.writeValueAsString(minimal))
			.isEqualTo("{\"id\":\"s:1\",\"workKey\":\"s:1\",\"sourceId\":\"s\",\"title\":\"北海\",\"hidden\":false}");
		assertThat(this.jackson3.writeValueAsString(minimal))
			.isEqualTo("{\"id\":\"s:1\",\"workKey\":\"s:1\",\"sourceId\":\"s\",\"title\":\"北海\",\"hidden\":false}");
	}

	@Test
	void roundTripsThroughBothMappers() throws Exception {
		PortalRecord record = full();

		assertThat(this.jackson2.readValue(this.jackson2.writeValueAsString(record), PortalRecord.class)).isEqualTo(record);
		assertThat(this.jackson3.readValue(this.jackson3.writeValueAsString(record), PortalRecord.class)).isEqualTo(record);
		PortalRecord sparse = this.jackson2.readValue("{\"id\":\"s:2\"}", PortalRecord.class);
		assertThat(sparse.modules()).isEmpty();
		assertThat(sparse.places()).isEmpty();
	}

	@Test
	void toBuilderCopiesEveryField() {
		assertThat(full().toBuilder().build()).isEqualTo(full());
	}

	static PortalRecord full() {
		return PortalRecord.builder()
			.id("bhlib:oai:1")
			.workKey("wk-1")
			.sourceId("bhlib")
			.sourceIdentifier("oai:1")
			.library("北海市图书馆")
			.city("北海")
			.modules(List.of("origins"))
			.themes(List.of("history", "trade"))
			.categories(List.of("地方文献"))
			.type("article")
			.title("北海老街")
			.altTitles(List.of("北海老街（繁體）"))
			.creators(List.of("陈明"))
			.subjects(List.of("骑楼"))
			.description("描述")
			.fullText("全文")
			.pinyin("beihai laojie bhlj")
			.language("zh")
			.issued("2020-03-24")
			.year(2020)
			.eventDate(new EventDate("1876", "1949"))
			.places(List.of(new Place("北海", new GeoPoint(21.48, 109.12))))
			.rights("仅供研究使用")
			.url("https://lib.example/1")
			.files(List.of(new RecordFile("files/ab12", "application/pdf", 1024L, "files/ab12.thumb.jpg", "a.pdf")))
			.related(List.of("bhlib:oai:2"))
			.provenance(new Provenance("2025-01-01T00:00:00Z", "2024-03-01T08:00:00Z", "oai_dc", "raw/bhlib/oai%3A1.xml",
					List.of("module:origins")))
			.hasFullText(true)
			.featured(true)
			.hidden(false)
			.deleted(false)
			.suggest(new Suggest(List.of("北海老街")))
			.build();
	}

	private JsonNode templateProperties() throws Exception {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(TEMPLATE)) {
			assertThat(in).as(TEMPLATE + " on the class path").isNotNull();
			return this.jackson2.readTree(in).path("template").path("mappings").path("properties");
		}
	}

	/** Paths of the mapping; sub-fields ({@code fields}) are not document properties. */
	private static void collectMapping(JsonNode properties, String prefix, TreeSet<String> paths) {
		for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> property = it.next();
			String path = prefix + property.getKey();
			paths.add(path);
			if (property.getValue().has("properties")) {
				collectMapping(property.getValue().get("properties"), path + ".", paths);
			}
		}
		paths.add("places.geo.lat");
		paths.add("places.geo.lon");
		paths.add("suggest.input");
	}

	private static void collectJson(JsonNode node, String prefix, TreeSet<String> paths) {
		if (node.isArray()) {
			node.forEach((element) -> collectJson(element, prefix, paths));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			String path = prefix + field.getKey();
			paths.add(path);
			collectJson(field.getValue(), path + ".", paths);
		}
	}

}
