package cn.beibugulf.roadtosea.ingest.recovery;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes every harvest job claim its runs for this process ({@link HarvestWorkers#claim}), so that a
 * process starting later can tell whether the owner of a run left {@code STARTED} died: a bean post
 * processor that adds the claim to each {@link org.springframework.batch.core.job.Job} bean of the
 * application. A new job type needs nothing for it — declaring its job as a bean is enough.
 *
 * <p>
 * {@link HarvestWorkers} is looked up when a run starts, not when the jobs are created, so the
 * post processor pulls no bean into existence early; without a {@code HarvestWorkers} bean nothing
 * is claimed.
 */
public class HarvestWorkerClaims implements BeanPostProcessor {

	private final ObjectProvider<HarvestWorkers> workers;

	public HarvestWorkerClaims(ObjectProvider<HarvestWorkers> workers) {
		this.workers = workers;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractJob job) {
			job.registerJobExecutionListener(new Claim(this.workers));
		}
		return bean;
	}

	/** Claims the run when it starts. */
	private record Claim(ObjectProvider<HarvestWorkers> workers) implements JobExecutionListener {

		@Override
		public void beforeJob(JobExecution execution) {
			this.workers.ifAvailable((available) -> available.claim(execution.getId()));
		}

	}

}
