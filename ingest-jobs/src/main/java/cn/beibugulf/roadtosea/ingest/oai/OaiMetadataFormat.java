package cn.beibugulf.roadtosea.ingest.oai;

/**
 * A metadata format a repository disseminates ({@code ListMetadataFormats}).
 *
 * @param prefix the {@code metadataPrefix} to harvest it with, e.g. {@code oai_dc}, {@code marc21}
 * @param schema the XML schema URL
 * @param namespace the metadata namespace
 * @param harvestable whether the portal has a crosswalk for it
 */
public record OaiMetadataFormat(String prefix, String schema, String namespace, boolean harvestable) {
}
