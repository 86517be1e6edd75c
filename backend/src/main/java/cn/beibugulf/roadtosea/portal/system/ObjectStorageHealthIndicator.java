package cn.beibugulf.roadtosea.portal.system;

import cn.beibugulf.roadtosea.storage.ObjectStore;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code objectStorage} in {@code /actuator/health}: the bucket answers through the S3 API.
 */
@Component("objectStorageHealthIndicator")
class ObjectStorageHealthIndicator extends AbstractHealthIndicator {

	private final ObjectStore store;

	ObjectStorageHealthIndicator(ObjectStore store) {
		super("Object storage health check failed");
		this.store = store;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("bucket", this.store.bucket());
		if (this.store.isHealthy()) {
			builder.up();
		}
		else {
			builder.down();
		}
	}

}
