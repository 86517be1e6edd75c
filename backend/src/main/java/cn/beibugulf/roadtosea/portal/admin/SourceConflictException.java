package cn.beibugulf.roadtosea.portal.admin;

/**
 * A source with this id exists already; reported as HTTP 409.
 */
public class SourceConflictException extends RuntimeException {

	public SourceConflictException(String id) {
		super("A source with id '" + id + "' exists already; use PUT to change it.");
	}

}
