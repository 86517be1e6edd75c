package cn.beibugulf.roadtosea.portal.suggest;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Autocomplete.
 *
 * @param cacheTtl how long an answer for a prefix is kept in memory: readers type the same first
 * letters, and each keystroke asks; a record harvested or taken down meanwhile shows in (or
 * leaves) the suggestions at most this much later. {@code 0s} turns the cache off.
 * @param cacheSize at most this many prefixes are kept (the least used go first)
 */
@Validated
@ConfigurationProperties("portal.suggest")
public record SuggestProperties(@DefaultValue("30s") Duration cacheTtl,
		@DefaultValue("10000") @Min(0) @Max(1_000_000) long cacheSize) {

}
