/**
 * Library catalogue records read into {@link cn.beibugulf.roadtosea.ingest.marc.MarcItem}s:
 * {@link cn.beibugulf.roadtosea.ingest.marc.CatalogueReader} reads ISO 2709 (MARC 21 in MARC-8 or
 * UTF-8, UNIMARC/CNMARC in UTF-8 or GBK) and MARCXML with marc4j's record model and MARC-8
 * converter, tolerating and recording broken leaders, lengths, directories and encodings;
 * {@link cn.beibugulf.roadtosea.ingest.marc.MarcItemMapper} maps MARC 21 (with 880 vernacular
 * fields) and UNIMARC fields. Plain Java, no Spring: a job wires it in.
 */
@NullMarked
package cn.beibugulf.roadtosea.ingest.marc;

import org.jspecify.annotations.NullMarked;
