package cn.beibugulf.roadtosea.ingest.recovery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.UUID;

/**
 * One process that runs harvests: a random id for this start of the process, and what tells whether
 * the process is still alive (host, process id and the process's start time, since process ids are
 * reused — in a container the application is often process 1 every time).
 *
 * @param id a random id for this start of the process
 * @param host the host name
 * @param pid the operating system's process id
 * @param processStartedAt when the process started (null when the system does not say)
 */
public record HarvestWorker(String id, String host, long pid, Instant processStartedAt) {

	/** This process. */
	public static HarvestWorker current() {
		ProcessHandle process = ProcessHandle.current();
		return new HarvestWorker(UUID.randomUUID().toString(), hostName(), process.pid(),
				process.info().startInstant().orElse(null));
	}

	static String hostName() {
		String fromEnvironment = System.getenv("HOSTNAME");
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return (fromEnvironment != null && !fromEnvironment.isBlank()) ? fromEnvironment : "unknown-host";
		}
	}

}
