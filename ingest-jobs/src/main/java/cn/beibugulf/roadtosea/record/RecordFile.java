package cn.beibugulf.roadtosea.record;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A binary attached to a record: {@code key} is its object-storage key ({@code files/{sha256}}),
 * {@code thumb} the key of its thumbnail.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RecordFile(String key, String mime, Long bytes, String thumb, String name) {
}
