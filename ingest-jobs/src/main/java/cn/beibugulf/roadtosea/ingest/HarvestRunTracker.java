package cn.beibugulf.roadtosea.ingest;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.task.TaskDecorator;

/**
 * Knows which harvests are still executing on the harvest executor of this JVM. Spring Batch stores a run's final status
 * and end time <em>before</em> the job's {@code afterJob} listeners run (and stores their changes
 * after), so the job repository alone cannot tell that a run has really ended. A run counts as
 * active from {@code beforeJob} until its task on the harvest executor returns, which is after
 * Spring Batch's last update.
 */
public class HarvestRunTracker implements JobExecutionListener, TaskDecorator {

	private final Set<Long> active = ConcurrentHashMap.newKeySet();

	private final Set<Long> finished = ConcurrentHashMap.newKeySet();

	/** The run executing on this thread; present only on threads of a decorated executor. */
	private final ThreadLocal<Long[]> current = new ThreadLocal<>();

	@Override
	public void beforeJob(JobExecution execution) {
		Long[] slot = this.current.get();
		if (slot != null) {
			slot[0] = execution.getId();
			this.active.add(execution.getId());
		}
	}

	@Override
	public Runnable decorate(Runnable task) {
		return () -> {
			Long[] slot = new Long[1];
			this.current.set(slot);
			try {
				task.run();
			}
			finally {
				this.current.remove();
				if (slot[0] != null) {
					this.finished.add(slot[0]);
					this.active.remove(slot[0]);
				}
			}
		};
	}

	/** Whether the run is executing in this JVM (false for runs of other JVMs). */
	/** Whether this process ran the job to its very end (listeners and final update included). */
	public boolean hasFinished(long executionId) {
		return this.finished.contains(executionId);
	}

	public boolean isActive(long executionId) {
		return this.active.contains(executionId);
	}

}
