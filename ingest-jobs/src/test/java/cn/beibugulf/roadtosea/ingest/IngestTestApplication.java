package cn.beibugulf.roadtosea.ingest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application integration tests start: auto-configuration only (embedded Elasticsearch,
 * embedded S3, H2, Flyway, Spring Batch, the ingest beans), exactly as the backend gets them.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class IngestTestApplication {

}
