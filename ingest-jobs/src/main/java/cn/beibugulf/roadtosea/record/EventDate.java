package cn.beibugulf.roadtosea.record;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The period a record is about (chronicle entries, events), as dates in the index's format:
 * {@code yyyy}, {@code yyyy-MM} or an ISO date / date-time.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EventDate(String from, String to) {
}
