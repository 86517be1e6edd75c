/**
 * What the harvests of local sources share — the files, spreadsheet and chronicle jobs that read
 * the import folder ({@code portal.ingest.import-dir}): resolving a source's {@code file:} URL
 * inside that folder and refusing anything outside it ({@link cn.beibugulf.roadtosea.ingest.local.ImportFolder}),
 * decoding text files, the skippable {@link cn.beibugulf.roadtosea.ingest.local.LocalItemException},
 * the skip listener that writes it to {@code harvest_failure}, the end-of-run listener and the
 * bulk-index writer.
 */
package cn.beibugulf.roadtosea.ingest.local;
