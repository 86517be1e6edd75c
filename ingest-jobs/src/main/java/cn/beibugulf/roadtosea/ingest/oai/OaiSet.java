package cn.beibugulf.roadtosea.ingest.oai;

/**
 * A set of a repository ({@code ListSets}), for selective harvesting.
 *
 * @param spec the {@code setSpec} to harvest it with (a hierarchy is written with colons)
 * @param name its name for people
 */
public record OaiSet(String spec, String name) {
}
