package cn.beibugulf.roadtosea.portal.search;

/**
 * A search request the portal refuses to run; reported as HTTP 400 with a problem detail.
 */
public class InvalidSearchException extends RuntimeException {

	private final String code;

	public InvalidSearchException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
