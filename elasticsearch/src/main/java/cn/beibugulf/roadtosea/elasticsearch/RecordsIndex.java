package cn.beibugulf.roadtosea.elasticsearch;

/**
 * Names of the index that holds the portal's records. Everyone reads and writes through
 * {@link #ALIAS}; {@link #CURRENT} is the concrete index the alias points at after
 * {@link IndexManager#ensureIndex()}, built from the template file of the same name
 * ({@code elasticsearch/templates/records-v1.json}). A mapping change adds {@code records-v2.json}
 * and moves {@code CURRENT} to {@code records-v2}.
 */
public final class RecordsIndex {

    /** The alias searched and written by the application. */
    public static final String ALIAS = "records";

    /** The newest concrete index (and index template) name. */
    public static final String CURRENT = "records-v1";

    /** Where the versioned template files are, on the class path of any module. */
    public static final String TEMPLATE_LOCATION = "classpath*:elasticsearch/templates/records-v*.json";

    private RecordsIndex() {
    }

}
