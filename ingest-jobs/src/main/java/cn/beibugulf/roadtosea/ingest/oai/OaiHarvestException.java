package cn.beibugulf.roadtosea.ingest.oai;

/**
 * The repository could not be harvested: it could not be reached, answered with an HTTP or OAI-PMH
 * error, or sent a response that is not well-formed OAI-PMH. Never skipped: the run fails with this
 * message.
 */
public class OaiHarvestException extends RuntimeException {

	public OaiHarvestException(String message, Throwable cause) {
		super(message, cause);
	}

}
