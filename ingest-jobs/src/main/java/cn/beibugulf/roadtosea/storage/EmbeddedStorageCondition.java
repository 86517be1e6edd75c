package cn.beibugulf.roadtosea.storage;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code portal.storage.endpoint} is missing or blank. */
class EmbeddedStorageCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String endpoint = context.getEnvironment().getProperty("portal.storage.endpoint", "");
		return endpoint.isBlank() ? ConditionOutcome.match("portal.storage.endpoint is empty")
				: ConditionOutcome.noMatch("portal.storage.endpoint is " + endpoint);
	}

}
