package cn.beibugulf.roadtosea.elasticsearch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.ElasticsearchIndicesClient;
import co.elastic.clients.elasticsearch.indices.PutIndexTemplateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the index match the templates shipped with the application: puts every
 * {@code records-vN.json} template ({@code PUT _index_template}, idempotent), creates the newest
 * {@code records-vN} index if it is missing — or, when it exists, adds the fields its template has
 * gained since it was created ({@code PUT _mapping}: Elasticsearch accepts new fields and refuses
 * changed ones) — and points the alias {@code records} at it (and only at it, in one atomic alias
 * update). Safe to run at every start-up, from several instances, on a new or an existing cluster.
 *
 * <p>Moving the alias to a new, empty {@code records-vN} is the caller's signal to refill it
 * from object storage (there is no {@code _reindex} on the embedded node).
 */
public class IndexManager {

    private static final Logger log = LoggerFactory.getLogger(IndexManager.class);

    private static final Time WAIT = Time.of(t -> t.time("60s"));

    private final ElasticsearchClient client;

    private final List<IndexTemplateFile> templates;

    private volatile IndexState lastState;

    public IndexManager(ElasticsearchClient client) {
        this(client, IndexTemplateFile.load(RecordsIndex.TEMPLATE_LOCATION));
    }

    public IndexManager(ElasticsearchClient client, List<IndexTemplateFile> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("No index template found at " + RecordsIndex.TEMPLATE_LOCATION);
        }
        this.client = client;
        this.templates = List.copyOf(templates);
    }

    /** The name of the newest template, which is the index the alias should point at. */
    public String currentIndex() {
        return this.templates.getLast().name();
    }

    /**
     * Waits until the cluster answers, for a cluster that starts together with the application
     * (docker compose). Gives up with an exception after {@code timeout}; {@link Duration#ZERO}
     * tries once.
     */
    public void awaitCluster(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseMillis = 250;
        while (true) {
            try {
                this.client.cluster().health(h -> h.waitForStatus(HealthStatus.Yellow).timeout(WAIT));
                return;
            }
            catch (IOException ex) {
                if (System.nanoTime() >= deadline) {
                    throw new UncheckedIOException("Elasticsearch did not answer within " + timeout, ex);
                }
                log.info("Waiting for Elasticsearch: {}", ex.getMessage());
                pause(pauseMillis);
                pauseMillis = Math.min(pauseMillis * 2, 5000);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", ex);
        }
    }

    /** Applies the templates, creates the current index if missing and points the alias at it. */
    public IndexState ensureIndex() {
        try {
            for (IndexTemplateFile template : this.templates) {
                putTemplate(template);
            }
            String index = currentIndex();
            boolean created = createIfMissing(index);
            Set<String> added = created ? Set.of() : addNewFields(this.templates.getLast(), index);
            Set<String> previous = pointAliasAt(index);
            IndexState state = new IndexState(RecordsIndex.ALIAS, index, created, previous, added);
            log.info("Index ready: alias [{}] -> [{}]{}{}{}", state.alias(), state.index(),
                    created ? " (created)" : "", previous.isEmpty() ? "" : " (moved from " + previous + ")",
                    added.isEmpty() ? "" : " (fields added: " + added + ")");
            this.lastState = state;
            return state;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot reach Elasticsearch to prepare the index", ex);
        }
    }

    private void putTemplate(IndexTemplateFile template) throws IOException {
        indices().putIndexTemplate(r -> r.name(template.name()).withJson(new StringReader(template.json())));
        log.debug("Index template [{}] (version {}) applied", template.name(), template.version());
    }

    /**
     * Puts the template's mapping on the existing index when the template has fields the index
     * lacks; Elasticsearch refuses (and start-up fails with its reason) a field whose definition
     * changed, which needs a new {@code records-vN}.
     * @return the top-level fields added
     */
    private Set<String> addNewFields(IndexTemplateFile template, String index) throws IOException {
        TypeMapping wanted = PutIndexTemplateRequest.of(r -> r.name(template.name())
            .withJson(new StringReader(template.json()))).template().mappings();
        TypeMapping current = indices().getMapping(g -> g.index(index)).get(index).mappings();
        Set<String> added = new TreeSet<>(wanted.properties().keySet());
        added.removeAll(current.properties().keySet());
        if (added.isEmpty()) {
            return Set.of();
        }
        indices().putMapping(p -> p.index(index).properties(wanted.properties()));
        return Collections.unmodifiableSet(added);
    }

    /** What the last {@link #ensureIndex()} of this manager found and did; null before it ran. */
    public IndexState lastState() {
        return this.lastState;
    }

    private boolean createIfMissing(String index) throws IOException {
        if (indices().exists(e -> e.index(index)).value()) {
            return false;
        }
        boolean created;
        try {
            indices().create(c -> c.index(index).waitForActiveShards(w -> w.count(1)));
            created = true;
        }
        catch (ElasticsearchException ex) {
            if (!"resource_already_exists_exception".equals(ex.error().type())) {
                throw ex;
            }
            created = false; // another instance was quicker
        }
        this.client.cluster().health(h -> h.index(index).waitForStatus(HealthStatus.Yellow).timeout(WAIT));
        return created;
    }

    /** @return the indices the alias pointed at before, other than {@code index} */
    private Set<String> pointAliasAt(String index) throws IOException {
        String alias = RecordsIndex.ALIAS;
        if (indices().exists(e -> e.index(alias)).value()
                && !indices().existsAlias(e -> e.name(alias)).value()) {
            throw new IllegalStateException("A concrete index named [" + alias + "] exists (probably auto-created by "
                    + "a write before the alias was set up); delete it so the alias [" + alias + "] can be created");
        }
        Set<String> current = indices().existsAlias(e -> e.name(alias)).value()
                ? indices().getAlias(g -> g.name(alias)).aliases().keySet() : Set.of();
        if (current.equals(Set.of(index))) {
            return Set.of();
        }
        Set<String> others = current.stream().filter(name -> !name.equals(index))
            .collect(Collectors.toUnmodifiableSet());
        indices().updateAliases(u -> {
            if (!others.isEmpty()) {
                u.actions(a -> a.remove(r -> r.indices(List.copyOf(others)).alias(alias)));
            }
            return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
        });
        return others;
    }

    private ElasticsearchIndicesClient indices() {
        return this.client.indices();
    }

    /**
     * What {@link #ensureIndex()} found and did.
     * @param alias the alias ({@code records})
     * @param index the index it points at now
     * @param created whether the index was created by this call (it is empty then)
     * @param movedFrom the indices the alias pointed at before, if it was moved
     * @param addedFields the top-level fields added to the existing index (its template gained them)
     */
    public record IndexState(String alias, String index, boolean created, Set<String> movedFrom,
            Set<String> addedFields) {
    }

}
