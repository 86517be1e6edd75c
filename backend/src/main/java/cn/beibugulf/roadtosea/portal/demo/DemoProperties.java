package cn.beibugulf.roadtosea.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shipped demo content.
 *
 * @param enabled serve the demo OAI-PMH sources and harvest them when the index is empty
 * @param pageSize records per OAI-PMH page, so the harvest follows resumption tokens
 */
@ConfigurationProperties("portal.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10") int pageSize) {
}
