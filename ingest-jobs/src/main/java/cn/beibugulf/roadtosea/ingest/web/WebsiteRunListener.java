package cn.beibugulf.roadtosea.ingest.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Ends a website harvest by saying in its exit description how many pages were fetched, how many
 * were left alone because their sitemap {@code lastmod} had not changed, and whether the page limit
 * stopped the run (the rest follow in the next run). Runs after the common end-of-harvest listener,
 * so it adds to the description that listener set ({@code COMPLETED WITH SKIPS} and its count).
 */
public class WebsiteRunListener implements JobExecutionListener {

	private final int maxPages;

	public WebsiteRunListener(int maxPages) {
		this.maxPages = maxPages;
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return;
		}
		long pages = 0;
		long unchanged = 0;
		boolean limited = false;
		for (StepExecution step : execution.getStepExecutions()) {
			ExecutionContext context = step.getExecutionContext();
			pages += context.getLong(WebsitePageReader.PAGES, 0L);
			unchanged += context.getLong(WebsitePageReader.UNCHANGED, 0L);
			limited |= context.containsKey(WebsitePageReader.LIMIT_REACHED);
		}
		List<String> parts = new ArrayList<>();
		parts.add(pages + " page(s) fetched");
		if (unchanged > 0) {
			parts.add(unchanged + " unchanged since the last harvest (sitemap lastmod) and not fetched");
		}
		if (limited) {
			parts.add("page limit of " + this.maxPages
					+ " reached (portal.ingest.website.max-pages): the rest follow in the next run");
		}
		ExitStatus exit = execution.getExitStatus();
		execution.setExitStatus(exit.addExitDescription(String.join("; ", parts)));
	}

}
