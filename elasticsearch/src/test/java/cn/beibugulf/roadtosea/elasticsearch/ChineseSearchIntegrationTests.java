package cn.beibugulf.roadtosea.elasticsearch;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese search behaviour of the records-v1 template on the real embedded node. */
@ExtendWith(SharedNode.class)
class ChineseSearchIntegrationTests {

    private static ElasticsearchClient client;

    @BeforeAll
    static void indexRecords(ElasticsearchClient sharedClient) throws IOException {
        client = sharedClient;
        new IndexManager(client).ensureIndex();
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        record("simplified", "佛教学研究", "近代广西佛教学者的著述与交流。", bulk);
        record("traditional", "佛教學史料", "合浦佛寺碑刻的整理與研究。", bulk);
        record("beihai-word", "北海老城历史街区", "骑楼建筑群见证了北海开埠以来的商贸往来。", bulk);
        record("apart", "北方的大海", "一位诗人在旅途中写下的海洋随笔。", bulk);
        record("crossing", "东北海岸线考察记", "沿海岸线记录渔村与港口。", bulk);
        record("in-description", "合浦汉墓群", "位于北海市合浦县，是汉代海上丝绸之路的重要见证。", bulk);
        record("markup", "北海 <港口> & 城市", "北海港 <始建> 于清代。", bulk);
        assertThat(client.bulk(bulk.build()).errors()).isFalse();
    }

    private static void record(String id, String title, String description, BulkRequest.Builder bulk) {
        Map<String, Object> document = Map.of("id", id, "title", title, "description", description, "modules",
                List.of("origins"));
        bulk.operations(op -> op.index(i -> i.index(RecordsIndex.ALIAS).id(id).document(document)));
    }

    @Test
    void traditionalQueryFindsSimplifiedTitle() throws IOException {
        assertThat(ids(search("佛教學"))).contains("simplified");
    }

    @Test
    void simplifiedQueryFindsTraditionalTitle() throws IOException {
        assertThat(ids(search("佛教学"))).contains("traditional");
    }

    /**
     * "东北海岸线" holds 北海 only as the bigram straddling 东北|海岸: found (recall), ranked below the
     * title whose word is 北海; a description-only match ranks below a title match.
     */
    @Test
    void wordMatchInTitleRanksAboveStraddlingBigramAndDescriptionMatches() throws IOException {
        List<String> ids = ids(search("北海"));

        assertThat(ids.getFirst()).isIn("beihai-word", "markup");
        assertThat(ids).contains("beihai-word", "crossing", "in-description");
        assertThat(ids.indexOf("beihai-word")).isLessThan(ids.indexOf("crossing"))
            .isLessThan(ids.indexOf("in-description"));
    }

    /** "北方的大海" has 北 and 海 apart: neither a word nor a bigram match, so not a hit at all. */
    @Test
    void characterBigramsDoNotMatchCharactersThatAreApart() throws IOException {
        assertThat(ids(search("北海"))).doesNotContain("apart");
    }

    @Test
    void highlightsTitleAndDescriptionWithMarks() throws IOException {
        Hit<Map> hit = hit(search("北海"), "beihai-word");

        assertThat(hit.highlight().get("title")).containsExactly("<mark>北海</mark>老城历史街区");
        assertThat(hit.highlight().get("description")).singleElement().asString()
            .contains("见证了<mark>北海</mark>开埠");
    }

    @Test
    void highlightsAPhraseAsOneMark() throws IOException {
        Hit<Map> hit = search("北海老城").hits().hits().getFirst();

        assertThat(hit.id()).isEqualTo("beihai-word");
        assertThat(hit.highlight().get("title")).containsExactly("<mark>北海老城</mark>历史街区");
    }

    @Test
    void highlightsEscapeTheTextAroundTheMarks() throws IOException {
        Hit<Map> hit = hit(search("港口"), "markup");

        assertThat(hit.highlight().get("title")).containsExactly("北海 &lt;<mark>港口</mark>&gt; &amp; 城市");
    }

    @Test
    void traditionalQueryHighlightsSimplifiedText() throws IOException {
        Hit<Map> hit = hit(search("佛教學"), "simplified");

        assertThat(hit.highlight().get("title")).singleElement().asString().contains("<mark>").contains("佛教");
    }

    @SuppressWarnings("rawtypes")
    private static SearchResponse<Map> search(String text) throws IOException {
        return client.search(s -> s.index(RecordsIndex.ALIAS).query(TextQueries.records(text))
            .highlight(TextQueries.marks()).size(20), Map.class);
    }

    @SuppressWarnings("rawtypes")
    private static Hit<Map> hit(SearchResponse<Map> response, String id) {
        return response.hits().hits().stream().filter(h -> id.equals(h.id())).findFirst().orElseThrow();
    }

    @SuppressWarnings("rawtypes")
    private static List<String> ids(SearchResponse<Map> response) {
        return response.hits().hits().stream().map(Hit::id).toList();
    }

}
