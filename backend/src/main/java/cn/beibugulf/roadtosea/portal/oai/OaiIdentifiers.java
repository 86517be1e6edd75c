package cn.beibugulf.roadtosea.portal.oai;

import java.util.Optional;

/**
 * OAI identifiers of the portal's records in the {@code oai-identifier} scheme:
 * {@code oai:{repositoryIdentifier}:{record id}}. The record id ({@code {sourceId}:{identifier}})
 * is the local part as it is; it may itself contain colons.
 */
final class OaiIdentifiers {

	private final String prefix;

	OaiIdentifiers(String repositoryIdentifier) {
		this.prefix = "oai:" + repositoryIdentifier + ":";
	}

	String of(String recordId) {
		return this.prefix + recordId;
	}

	/** The record id an OAI identifier names, or empty when it is not one of ours. */
	Optional<String> recordId(String oaiIdentifier) {
		if (oaiIdentifier == null || !oaiIdentifier.startsWith(this.prefix)
				|| oaiIdentifier.length() == this.prefix.length()) {
			return Optional.empty();
		}
		return Optional.of(oaiIdentifier.substring(this.prefix.length()));
	}

	/** A sample identifier for the {@code oai-identifier} description of {@code Identify}. */
	String sample() {
		return this.prefix + "demo-beihai:oai:demo.beihai:0001";
	}

}
