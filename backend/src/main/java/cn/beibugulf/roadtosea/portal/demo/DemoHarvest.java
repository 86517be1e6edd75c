package cn.beibugulf.roadtosea.portal.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.beibugulf.roadtosea.elasticsearch.RecordsIndex;
import cn.beibugulf.roadtosea.ingest.HarvestService;
import cn.beibugulf.roadtosea.ingest.oai.fixture.OaiFixtureServer;
import cn.beibugulf.roadtosea.ingest.source.HarvestSource;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes a new portal searchable at once: serves the shipped demo sources as real OAI-PMH
 * endpoints on the loopback interface, registers them as harvest sources, and — when the index is
 * still empty — harvests them with the real OAI-PMH job. The portal serves requests meanwhile.
 */
@Component
class DemoHarvest implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DemoHarvest.class);

	private final DemoProperties properties;

	private final HarvestService harvestService;

	private final ElasticsearchClient client;

	private final List<OaiFixtureServer> servers = new ArrayList<>();

	DemoHarvest(DemoProperties properties, HarvestService harvestService, ElasticsearchClient client) {
		this.properties = properties;
		this.harvestService = harvestService;
		this.client = client;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (!this.properties.enabled()) {
			return;
		}
		boolean empty = indexIsEmpty();
		for (DemoCatalog.DemoSource demo : DemoCatalog.sources()) {
			OaiFixtureServer server = OaiFixtureServer.builder(DemoCatalog.repository(demo))
				.pageSize(this.properties.pageSize())
				.start();
			this.servers.add(server);
			HarvestSource source = HarvestSource.oai(demo.id(), demo.name(), server.baseUrl(), demo.library(),
					demo.city(), demo.modules(), demo.themes());
			this.harvestService.register(source);
			if (empty) {
				long execution = this.harvestService.start(demo.id());
				log.info("Harvesting demo source {} from {} (job execution {})", demo.id(), server.baseUrl(),
						execution);
			}
		}
		if (!empty) {
			log.info("Demo sources registered; the index already has records, so no demo harvest was started");
		}
	}

	private boolean indexIsEmpty() {
		try {
			return this.client.count(c -> c.index(RecordsIndex.ALIAS)).count() == 0;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot count the records in the index", ex);
		}
	}

	@Override
	public void destroy() {
		this.servers.forEach(OaiFixtureServer::close);
	}

}
