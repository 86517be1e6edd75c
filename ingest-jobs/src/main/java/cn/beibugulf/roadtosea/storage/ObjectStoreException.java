package cn.beibugulf.roadtosea.storage;

/** An object-storage operation failed (the message names the operation, bucket and key). */
public class ObjectStoreException extends RuntimeException {

	public ObjectStoreException(String message, Throwable cause) {
		super(message, cause);
	}

}
