package cn.beibugulf.roadtosea.portal.records;

/**
 * No visible record has this id; reported as HTTP 404.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String id) {
		super("No record with id " + id + ".");
	}

}
