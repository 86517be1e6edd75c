package cn.beibugulf.roadtosea.ingest;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;

class HarvestRunTrackerTests {

	private final HarvestRunTracker tracker = new HarvestRunTracker();

	@Test
	void aRunIsActiveUntilItsTaskReturns() {
		AtomicBoolean activeInside = new AtomicBoolean();
		Runnable task = this.tracker.decorate(() -> {
			this.tracker.beforeJob(execution(7));
			activeInside.set(this.tracker.isActive(7));
		});

		task.run();

		assertThat(activeInside).isTrue();
		assertThat(this.tracker.isActive(7)).isFalse();
		assertThat(this.tracker.hasFinished(7)).isTrue();
	}

	@Test
	void runsOnUndecoratedThreadsAreNotTracked() {
		this.tracker.beforeJob(execution(8));

		assertThat(this.tracker.isActive(8)).isFalse();
	}

	@Test
	void aFailingTaskStillEndsTheRun() {
		Runnable task = this.tracker.decorate(() -> {
			this.tracker.beforeJob(execution(9));
			throw new IllegalStateException("boom");
		});

		try {
			task.run();
		}
		catch (IllegalStateException expected) {
			assertThat(expected).hasMessage("boom");
		}

		assertThat(this.tracker.isActive(9)).isFalse();
	}

	private static JobExecution execution(long id) {
		return new JobExecution(id, new JobInstance(1L, "oaiHarvestJob"), new JobParameters());
	}

}
