package cn.beibugulf.roadtosea.ingest.recovery;

import java.time.Instant;

/**
 * A row of {@code harvest_worker}: a process that runs (or ran) harvests, and its last sign of life.
 *
 * @param worker the process
 * @param heartbeatAt when it last said it was alive
 */
record WorkerRecord(HarvestWorker worker, Instant heartbeatAt) {
}
