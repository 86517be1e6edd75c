package cn.beibugulf.roadtosea.ingest.files;

import cn.beibugulf.roadtosea.record.PortalRecord;

/**
 * A file on its way to the writer: the file (whose bytes go to object storage), its record and its
 * thumbnail (JPEG, or null).
 */
public record HarvestedFile(LocalFile file, PortalRecord record, String mime, byte[] thumbnail) {
}
