package cn.beibugulf.roadtosea.portal.oai;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's OAI-PMH data provider at {@code /oai}.
 *
 * @param repositoryName the {@code repositoryName} of {@code Identify}
 * @param repositoryIdentifier the namespace of the OAI identifiers
 * ({@code oai:{repositoryIdentifier}:{record id}}), a domain name the portal's operator controls
 * @param adminEmail the {@code adminEmail} of {@code Identify}
 * @param pageSize records (or headers) per {@code ListRecords} / {@code ListIdentifiers} response;
 * the rest follows with a resumption token
 */
@Validated
@ConfigurationProperties("portal.oai")
public record OaiProperties(@DefaultValue("向海之路 Road to the Sea") @NotBlank String repositoryName,
		@DefaultValue("roadtosea.beibugulf.cn") @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]*(\\.[A-Za-z][A-Za-z0-9-]*)+",
				message = "must be a domain name such as roadtosea.beibugulf.cn") String repositoryIdentifier,
		@DefaultValue("oai-admin@roadtosea.beibugulf.cn") @Email @NotBlank String adminEmail,
		@DefaultValue("100") @Min(1) @Max(1000) int pageSize) {

}
