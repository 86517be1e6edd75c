package cn.beibugulf.roadtosea.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Road to the Sea (向海之路): the portal, its REST API and the harvest jobs in one application.
 */
@SpringBootApplication(scanBasePackages = "cn.beibugulf.roadtosea")
@ConfigurationPropertiesScan("cn.beibugulf.roadtosea")
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
