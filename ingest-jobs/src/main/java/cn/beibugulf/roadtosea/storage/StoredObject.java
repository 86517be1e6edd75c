package cn.beibugulf.roadtosea.storage;

import java.time.Instant;

/** What object storage knows about one object. */
public record StoredObject(String key, long size, String contentType, String etag, Instant lastModified) {
}
