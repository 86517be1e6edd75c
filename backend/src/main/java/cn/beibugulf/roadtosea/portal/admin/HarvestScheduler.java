package cn.beibugulf.roadtosea.portal.admin;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

import cn.beibugulf.roadtosea.ingest.HarvestAlreadyRunningException;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Starts incremental harvests on each source's cron schedule (Spring cron syntax, six fields,
 * e.g. {@code 0 0 2 * * *} for 02:00 every day). Rescheduled whenever a source changes.
 */
@Component
class HarvestScheduler implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(HarvestScheduler.class);

	private final HarvestService harvests;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final Map<String, ScheduledFuture<?>> scheduled = new HashMap<>();

	HarvestScheduler(HarvestService harvests) {
		this.harvests = harvests;
		this.scheduler.setPoolSize(1);
		this.scheduler.setThreadNamePrefix("harvest-schedule-");
		this.scheduler.initialize();
	}

	/** Whether a schedule is a valid cron expression; checked when a source is saved. */
	static boolean isValid(String schedule) {
		return schedule == null || CronExpression.isValidExpression(schedule);
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void reschedule() {
		this.scheduled.values().forEach(future -> future.cancel(false));
		this.scheduled.clear();
		for (HarvestSource source : this.harvests.sources()) {
			if (source.enabled() && source.schedule() != null && isValid(source.schedule())) {
				this.scheduled.put(source.id(),
						this.scheduler.schedule(() -> run(source.id()), new CronTrigger(source.schedule())));
			}
		}
		log.info("{} harvest schedule(s) active", this.scheduled.size());
	}

	synchronized Map<String, ScheduledFuture<?>> active() {
		return Map.copyOf(this.scheduled);
	}

	private void run(String sourceId) {
		try {
			long executionId = this.harvests.start(sourceId);
			log.info("Scheduled harvest {} of source {} started", executionId, sourceId);
		}
		catch (HarvestAlreadyRunningException ex) {
			log.info("Scheduled harvest of source {} skipped: a run is still going", sourceId);
		}
		catch (RuntimeException ex) {
			log.error("Scheduled harvest of source {} could not start", sourceId, ex);
		}
	}

	@Override
	public void destroy() {
		this.scheduler.shutdown();
	}

}
