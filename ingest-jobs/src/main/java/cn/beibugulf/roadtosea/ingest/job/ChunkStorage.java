package cn.beibugulf.roadtosea.ingest.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import cn.beibugulf.roadtosea.storage.ObjectStore;

/**
 * Writes a chunk's raw items to object storage while its bulk request is being indexed: the uploads
 * go to a small pool, the indexing runs on the calling thread, and the call returns only when both
 * are done, so a chunk is committed only after its raw bytes and its documents are stored. An upload
 * that fails fails the chunk with the storage error (the chunk is then rolled back and, on restart,
 * written again; keys are deterministic, so nothing is stored twice).
 */
public class ChunkStorage {

	private final ObjectStore objectStore;

	private final Executor uploads;

	public ChunkStorage(ObjectStore objectStore, Executor uploads) {
		this.objectStore = objectStore;
		this.uploads = uploads;
	}

	/** One raw object to store. */
	public record RawObject(String key, byte[] bytes, String contentType) {
	}

	/**
	 * Stores every object and runs {@code index} meanwhile.
	 * @return what {@code index} returned
	 */
	public <T> T storeWhile(List<RawObject> objects, Supplier<T> index) {
		List<CompletableFuture<?>> pending = new ArrayList<>(objects.size());
		for (RawObject object : objects) {
			pending.add(CompletableFuture.runAsync(
					() -> this.objectStore.put(object.key(), object.bytes(), object.contentType()), this.uploads));
		}
		T result = null;
		RuntimeException indexFailure = null;
		try {
			result = index.get();
		}
		catch (RuntimeException ex) {
			indexFailure = ex;
		}
		RuntimeException storageFailure = awaitAll(pending);
		if (storageFailure != null) {
			// storage down fails the run, as it did when uploads came first; a rejected document
			// would otherwise only be skipped
			if (indexFailure != null) {
				storageFailure.addSuppressed(indexFailure);
			}
			throw storageFailure;
		}
		if (indexFailure != null) {
			throw indexFailure;
		}
		return result;
	}

	private static RuntimeException awaitAll(List<CompletableFuture<?>> pending) {
		RuntimeException first = null;
		for (CompletableFuture<?> future : pending) {
			try {
				future.join();
			}
			catch (CompletionException ex) {
				if (first == null) {
					first = (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
				}
			}
		}
		return first;
	}

}
