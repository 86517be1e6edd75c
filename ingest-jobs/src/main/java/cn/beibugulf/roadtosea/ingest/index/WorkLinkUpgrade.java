package cn.beibugulf.roadtosea.ingest.index;

import cn.beibugulf.roadtosea.elasticsearch.IndexManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Links every work once when the index has just gained the version fields (an index created by
 * an earlier build, see {@link IndexManager}): its records were never linked, and a harvest links
 * only its own run's works. Runs in the background once the application is ready; searches show
 * versions as the linking reaches them.
 */
public class WorkLinkUpgrade implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(WorkLinkUpgrade.class);

	private final IndexManager indexManager;

	private final WorkLinker linker;

	/** @param indexManager the manager that prepared the index (null when there is none: nothing to do) */
	public WorkLinkUpgrade(IndexManager indexManager, WorkLinker linker) {
		this.indexManager = indexManager;
		this.linker = linker;
	}

	/** Whether the start-up added the version fields to an existing index (none of its records is linked). */
	static boolean needsLinking(IndexManager.IndexState state) {
		return state != null && !state.created() && state.addedFields().contains(WorkLinker.VERSION_IDS);
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		IndexManager.IndexState state = this.indexManager == null ? null : this.indexManager.lastState();
		if (!needsLinking(state)) {
			return;
		}
		Thread.ofVirtual().name("work-link-upgrade").start(() -> {
			logger.info("The index {} has just gained the version fields: linking every work", state.index());
			try {
				this.linker.linkAll();
			}
			catch (RuntimeException ex) {
				logger.error("Linking every work of the upgraded index failed; each source's next harvest links "
						+ "its own records", ex);
			}
		});
	}

}
