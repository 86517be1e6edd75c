package cn.beibugulf.roadtosea.elasticsearch;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import co.elastic.clients.elasticsearch.indices.get_index_template.IndexTemplateItem;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Runs on a node of its own (a further node in the JVM starts in well under a second), because it
 * deletes and breaks the records index on purpose.
 */
class IndexManagerIntegrationTests {

    @TempDir
    static Path home;

    private static EmbeddedElasticsearch node;

    private static Rest5Client rest;

    private final ElasticsearchClient client = new ElasticsearchClient(
            new Rest5ClientTransport(rest, new Jackson3JsonpMapper()));

    @BeforeAll
    static void startNode() {
        node = EmbeddedElasticsearch.start(home, 0);
        rest = Rest5Client.builder(node.httpUri()).build();
    }

    @AfterAll
    static void stopNode() throws IOException {
        rest.close();
        node.close();
    }

    @BeforeEach
    void startFromAnEmptyCluster() throws IOException {
        for (String index : List.of(RecordsIndex.ALIAS, "records-v0", RecordsIndex.CURRENT)) {
            if (this.client.indices().exists(e -> e.index(index)).value()
                    && !this.client.indices().existsAlias(a -> a.name(index)).value()) {
                this.client.indices().delete(d -> d.index(index));
            }
        }
        if (this.client.indices().existsIndexTemplate(t -> t.name(RecordsIndex.CURRENT)).value()) {
            this.client.indices().deleteIndexTemplate(t -> t.name(RecordsIndex.CURRENT));
        }
    }

    @Test
    void firstRunAppliesTheTemplateCreatesTheIndexAndPointsTheAlias() throws IOException {
        IndexManager.IndexState state = new IndexManager(this.client).ensureIndex();

        assertThat(state).isEqualTo(new IndexManager.IndexState("records", "records-v1", true, Set.of(), Set.of()));
        IndexTemplateItem template = this.client.indices().getIndexTemplate(t -> t.name("records-v1"))
            .indexTemplates().getFirst();
        assertThat(template.indexTemplate().version()).isEqualTo(1L);
        assertThat(template.indexTemplate().indexPatterns()).containsExactly("records-v1");
        assertThat(aliasTargets()).containsExactly("records-v1");
        assertThat(this.client.indices().getMapping(m -> m.index("records")).get("records-v1").mappings()
            .properties()).containsKeys("title", "description", "modules", "themes", "suggest");
    }

    @Test
    void runningAgainWithAnotherManagerChangesNothing() throws IOException {
        new IndexManager(this.client).ensureIndex();
        this.client.index(i -> i.index(RecordsIndex.ALIAS).id("kept").document(Map.of("title", "北海"))
            .refresh(Refresh.True));

        IndexManager.IndexState again = new IndexManager(this.client).ensureIndex();
        IndexManager.IndexState andAgain = new IndexManager(this.client).ensureIndex();

        assertThat(again.created()).isFalse();
        assertThat(andAgain).isEqualTo(again);
        assertThat(again.movedFrom()).isEmpty();
        assertThat(recordsIndices()).containsExactly("records-v1");
        assertThat(aliasTargets()).containsExactly("records-v1");
        assertThat(this.client.count(c -> c.index(RecordsIndex.ALIAS)).count()).isEqualTo(1);
    }

    @Test
    void addsTheFieldsTheTemplateGainedToTheExistingIndexAndKeepsItsRecords() throws IOException {
        // the index as an older build created it: the template of then lacked the version fields
        IndexTemplateFile file = IndexTemplateFile.load(RecordsIndex.TEMPLATE_LOCATION).getLast();
        var template = PutIndexTemplateRequest.of(r -> r.name(file.name())
            .withJson(new StringReader(file.json()))).template();
        Map<String, Property> older = new HashMap<>(template.mappings().properties());
        older.keySet().removeAll(Set.of("versions", "versionIds", "versionCount"));
        this.client.indices().create(c -> c.index(RecordsIndex.CURRENT).settings(template.settings())
            .mappings(m -> m.dynamic(template.mappings().dynamic()).properties(older)));
        this.client.index(i -> i.index(RecordsIndex.CURRENT).id("old").document(Map.of("title", "北海"))
            .refresh(Refresh.True));

        IndexManager manager = new IndexManager(this.client);
        IndexManager.IndexState state = manager.ensureIndex();

        assertThat(state.created()).isFalse();
        assertThat(state.addedFields()).containsExactlyInAnyOrder("versions", "versionIds", "versionCount");
        assertThat(manager.lastState()).isEqualTo(state);
        assertThat(this.client.indices().getMapping(m -> m.index(RecordsIndex.CURRENT)).get(RecordsIndex.CURRENT)
            .mappings().properties()).containsKeys("versions", "versionIds", "versionCount");
        assertThat(this.client.count(c -> c.index(RecordsIndex.ALIAS)).count()).isEqualTo(1);
        this.client.index(i -> i.index(RecordsIndex.ALIAS).id("linked")
            .document(Map.of("title", "钦州", "versionIds", List.of("old"), "versionCount", 1))
            .refresh(Refresh.True));
        assertThat(this.client.count(c -> c.index(RecordsIndex.ALIAS)
            .query(q -> q.term(t -> t.field("versionIds").value("old")))).count()).isEqualTo(1);

        assertThat(new IndexManager(this.client).ensureIndex().addedFields()).as("the second start").isEmpty();
    }

    @Test
    void movesTheAliasFromAnOlderIndexInOneStep() throws IOException {
        this.client.indices().create(c -> c.index("records-v0").aliases(RecordsIndex.ALIAS, a -> a));

        IndexManager.IndexState state = new IndexManager(this.client).ensureIndex();

        assertThat(state.movedFrom()).containsExactly("records-v0");
        assertThat(aliasTargets()).containsExactly("records-v1");
        assertThat(recordsIndices()).contains("records-v0");
    }

    @Test
    void refusesWhenAConcreteIndexHasTheAliasName() throws IOException {
        this.client.indices().create(c -> c.index(RecordsIndex.ALIAS));

        assertThatIllegalStateException().isThrownBy(() -> new IndexManager(this.client).ensureIndex())
            .withMessageContaining("concrete index named [records]");
    }

    @Test
    void writesToTheAliasCannotAutoCreateAnIndexOnTheEmbeddedNode() {
        assertThatExceptionOfType(ElasticsearchException.class)
            .isThrownBy(() -> this.client.index(i -> i.index(RecordsIndex.ALIAS).document(Map.of("title", "x"))))
            .satisfies(ex -> assertThat(ex.error().type()).isEqualTo("index_not_found_exception"));
    }

    private Set<String> aliasTargets() throws IOException {
        return this.client.indices().getAlias(a -> a.name(RecordsIndex.ALIAS)).aliases().keySet();
    }

    private Set<String> recordsIndices() throws IOException {
        return this.client.indices().get(g -> g.index("records-v*")).indices().keySet();
    }

}
