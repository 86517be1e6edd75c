package cn.beibugulf.roadtosea.elasticsearch;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Embedded node or cluster, decided by {@code portal.elasticsearch.uris} being empty or not. */
abstract class SearchEngineModeCondition extends SpringBootCondition {

    private final boolean embedded;

    SearchEngineModeCondition(boolean embedded) {
        this.embedded = embedded;
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        List<String> uris = Binder.get(context.getEnvironment())
            .bind("portal.elasticsearch.uris", Bindable.listOf(String.class))
            .orElse(List.of());
        boolean noCluster = uris.stream().noneMatch(StringUtils::hasText);
        String mode = noCluster ? "no portal.elasticsearch.uris: embedded node"
                : "portal.elasticsearch.uris " + uris + ": cluster";
        return (noCluster == this.embedded) ? ConditionOutcome.match(mode) : ConditionOutcome.noMatch(mode);
    }

    static final class Embedded extends SearchEngineModeCondition {

        Embedded() {
            super(true);
        }

    }

    static final class Cluster extends SearchEngineModeCondition {

        Cluster() {
            super(false);
        }

    }

}
