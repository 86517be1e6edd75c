package cn.beibugulf.roadtosea.portal.insight;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The search log.
 *
 * @param enabled whether searches are logged at all
 * @param queueCapacity searches waiting to be written; when full, further searches are dropped and
 * counted ({@code portal.search.log.dropped}) rather than slowing the search down
 * @param batchSize at most this many rows per insert batch
 */
@Validated
@ConfigurationProperties("portal.insight")
public record InsightProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("10000") @Min(1) @Max(1_000_000) int queueCapacity,
		@DefaultValue("500") @Min(1) @Max(10_000) int batchSize) {

}
