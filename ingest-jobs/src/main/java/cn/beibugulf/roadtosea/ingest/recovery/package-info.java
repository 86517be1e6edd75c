/**
 * Harvests that survive their process: {@link cn.beibugulf.roadtosea.ingest.recovery.HarvestWorkers}
 * knows which process runs which harvest and whether it is alive, and
 * {@link cn.beibugulf.roadtosea.ingest.recovery.InterruptedHarvestRecovery} ends and restarts at
 * start-up the runs a dead process left unfinished.
 */
package cn.beibugulf.roadtosea.ingest.recovery;
