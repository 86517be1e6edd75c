package cn.beibugulf.roadtosea.ingest.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.IngestTestApplication;
import cn.beibugulf.roadtosea.ingest.TestDataDirectory;
import cn.beibugulf.roadtosea.record.PortalRecord;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Versions written into the records of a work on the embedded node: each visible record lists the
 * other visible records of its work, by library; a record that leaves its work (deleted, hidden,
 * catalogued under another work) leaves its former siblings' lists; lone records are not written.
 */
@SpringBootTest(classes = IngestTestApplication.class)
class WorkLinkerIntegrationTests {

	static {
		TestDataDirectory.use("work-linker");
	}

	@Autowired
	private ElasticsearchClient elasticsearch;

	@Autowired
	private BulkIndexer indexer;

	@Autowired
	private WorkLinker linker;

	@Test
	void eachVisibleRecordListsTheOtherVisibleRecordsOfItsWorkByLibrary() throws IOException {
		String source = "linker-a";
		index(record(source, "qinzhou", "work:a", "钦州市图书馆", "港口志").fullText("全文").build(),
				record(source, "beihai", "work:a", "北海市图书馆", "港口志（修订本）").build(),
				record(source, "nolibrary", "work:a", null, "港口志").build(),
				record(source, "hidden", "work:a", "防城港市图书馆", "港口志").hidden(true).build(),
				record(source, "alone", "work:alone", "北海市图书馆", "独本").build());

		WorkLinker.Outcome outcome = this.linker.link(bySource(source));

		assertThat(outcome.works()).isEqualTo(1);
		assertThat(outcome.updated()).as("the three visible records of the work").isEqualTo(3);
		// by library, records without one last; the record itself is not its own version
		assertThat(versionIds(source, "qinzhou")).containsExactly((Object) id(source, "beihai"), id(source, "nolibrary"));
		assertThat(versionIds(source, "beihai")).containsExactly((Object) id(source, "qinzhou"), id(source, "nolibrary"));
		assertThat(versionIds(source, "nolibrary")).containsExactly((Object) id(source, "beihai"), id(source, "qinzhou"));
		Map<String, Object> beihai = source(source, "beihai");
		assertThat(beihai.get(WorkLinker.VERSION_COUNT)).isEqualTo(2);
		List<Map<String, Object>> summaries = summaries(beihai);
		assertThat(summaries.getFirst()).containsEntry("id", id(source, "qinzhou"))
			.containsEntry("title", "港口志")
			.containsEntry("library", "钦州市图书馆")
			.containsEntry("sourceId", source)
			.containsEntry("year", 2020)
			.containsEntry("language", "zh-CN")
			.containsEntry("modules", List.of("origins"))
			.containsEntry("fullText", true);
		assertThat(summaries.getLast()).containsEntry("fullText", false).doesNotContainKey("library");
		// a hidden record lists nothing and is listed nowhere; a lone record gets no fields at all
		assertThat(source(source, "hidden")).doesNotContainKeys(WorkLinker.VERSIONS, WorkLinker.VERSION_IDS);
		assertThat(source(source, "alone")).doesNotContainKeys(WorkLinker.VERSIONS, WorkLinker.VERSION_IDS,
				WorkLinker.VERSION_COUNT);

		WorkLinker.Outcome again = this.linker.link(bySource(source));
		assertThat(again.updated()).as("linking again writes nothing").isZero();
	}

	@Test
	void aRecordThatLeavesItsWorkLeavesItsFormerSiblingsLists() throws IOException {
		String source = "linker-b";
		index(record(source, "one", "work:b", "北海市图书馆", "合浦汉墓").build(),
				record(source, "two", "work:b", "钦州市图书馆", "合浦汉墓").build(),
				record(source, "three", "work:b", "玉林市图书馆", "合浦汉墓").build());
		this.linker.link(bySource(source));
		// 玉林 sorts before 钦州
		assertThat(versionIds(source, "one")).containsExactly((Object) id(source, "three"), id(source, "two"));

		// "two" is withdrawn at its source: its tombstone has no work key any more
		index(PortalRecord.builder()
			.id(id(source, "two"))
			.sourceId(source)
			.sourceIdentifier("two")
			.hidden(true)
			.deleted(true)
			.build());
		this.linker.link(byId(source, "two"));
		assertThat(versionIds(source, "one")).containsExactly((Object) id(source, "three"));
		assertThat(versionIds(source, "three")).containsExactly((Object) id(source, "one"));

		// "three" is catalogued again as another work: "one" is alone now, and says so
		index(record(source, "three", "work:other", "玉林市图书馆", "合浦汉墓研究").build());
		this.linker.link(byId(source, "three"));
		assertThat(versionIds(source, "one")).isEmpty();
		assertThat(source(source, "one").get(WorkLinker.VERSION_COUNT)).isEqualTo(0);
		assertThat(source(source, "three")).doesNotContainKey(WorkLinker.VERSION_IDS);
	}

	@Test
	void aRecordOfAnotherSourceJoiningAWorkIsListedByItsRecordsAndListsThem() throws IOException {
		index(record("linker-d", "first", "work:d", "北海市图书馆", "北海风物").build(),
				record("linker-d", "second", "work:d", "钦州市图书馆", "北海风物").build());
		this.linker.link(bySource("linker-d"));
		assertThat(versionIds("linker-d", "first")).containsExactly((Object) id("linker-d", "second"));

		// another library's harvest brings a third copy; only its run is in scope
		index(record("linker-d2", "third", "work:d", "北京大学图书馆", "北海风物").build());
		WorkLinker.Outcome outcome = this.linker.link(bySource("linker-d2"));

		assertThat(outcome.updated()).isEqualTo(3);
		assertThat(versionIds("linker-d", "first")).containsExactly((Object) id("linker-d2", "third"),
				id("linker-d", "second"));
		assertThat(versionIds("linker-d2", "third")).containsExactly((Object) id("linker-d", "first"),
				id("linker-d", "second"));
	}

	@Test
	void aWorkOfManyRecordsKeepsTheirCountAndTheFirstSummaries() throws IOException {
		String source = "linker-c";
		int copies = WorkLinker.MAX_SUMMARIES + 5;
		PortalRecord[] records = new PortalRecord[copies];
		for (int n = 0; n < copies; n++) {
			records[n] = record(source, "copy-%02d".formatted(n), "work:c", "图书馆 %02d".formatted(n), "海上丝绸之路")
				.build();
		}
		index(records);

		this.linker.link(bySource(source));

		Map<String, Object> first = source(source, "copy-00");
		assertThat(first.get(WorkLinker.VERSION_COUNT)).isEqualTo(copies - 1);
		assertThat(versionIds(source, "copy-00")).hasSize(copies - 1);
		assertThat(summaries(first)).hasSize(WorkLinker.MAX_SUMMARIES);
		assertThat(summaries(first).getFirst().get("library")).isEqualTo("图书馆 01");
	}

	private void index(PortalRecord... records) {
		assertThat(this.indexer.index(List.of(records))).isEmpty();
	}

	private static PortalRecord.Builder record(String source, String identifier, String workKey, String library,
			String title) {
		return PortalRecord.builder()
			.id(id(source, identifier))
			.workKey(workKey)
			.sourceId(source)
			.sourceIdentifier(identifier)
			.library(library)
			.modules(List.of("origins"))
			.title(title)
			.language("zh-CN")
			.year(2020)
			.hidden(false)
			.deleted(false);
	}

	private static String id(String source, String identifier) {
		return PortalRecord.idOf(source, identifier);
	}

	private static Query bySource(String source) {
		return Query.of(q -> q.term(t -> t.field("sourceId").value(source)));
	}

	private static Query byId(String source, String identifier) {
		return Query.of(q -> q.ids(i -> i.values(id(source, identifier))));
	}

	@SuppressWarnings("unchecked")
	private List<Object> versionIds(String source, String identifier) throws IOException {
		Object ids = source(source, identifier).get(WorkLinker.VERSION_IDS);
		return ids == null ? List.of() : (List<Object>) ids;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private Map<String, Object> source(String source, String identifier) throws IOException {
		return this.elasticsearch.get(g -> g.index(RecordsIndex.ALIAS).id(id(source, identifier)), Map.class).source();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> summaries(Map<String, Object> record) {
		return (List<Map<String, Object>>) record.get(WorkLinker.VERSIONS);
	}

}
