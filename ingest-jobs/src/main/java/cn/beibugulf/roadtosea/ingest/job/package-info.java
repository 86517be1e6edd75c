/**
 * What the harvest jobs of readers that yield {@link cn.beibugulf.roadtosea.ingest.read.ReadOutcome}s
 * (feeds, MARC catalogues) share: the item on its way to the writers, the writer that stores raw bytes
 * and bulk-indexes, the skip policy and listener that record every skipped item in
 * {@code harvest_failure}, and the exceptions that say why a run or an item failed.
 */
package cn.beibugulf.roadtosea.ingest.job;
