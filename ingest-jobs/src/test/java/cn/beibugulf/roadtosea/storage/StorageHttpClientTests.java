package cn.beibugulf.roadtosea.storage;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The object-storage client's sockets turn Nagle's algorithm off; its timeouts stay MinIO's defaults. */
class StorageHttpClientTests {

	@Test
	void socketsHaveTcpNoDelayAndMinioTimeouts() throws Exception {
		OkHttpClient client = StorageAutoConfiguration.httpClient();
		InetAddress loopback = InetAddress.getLoopbackAddress();
		try (ServerSocket server = new ServerSocket(0, 1, loopback);
				Socket unconnected = client.socketFactory().createSocket();
				Socket connected = client.socketFactory().createSocket(loopback, server.getLocalPort())) {
			assertThat(unconnected.getTcpNoDelay()).isTrue();
			assertThat(connected.getTcpNoDelay()).isTrue();
		}
		long fiveMinutes = TimeUnit.MINUTES.toMillis(5);
		assertThat(client.connectTimeoutMillis()).isEqualTo(fiveMinutes);
		assertThat(client.readTimeoutMillis()).isEqualTo(fiveMinutes);
		assertThat(client.writeTimeoutMillis()).isEqualTo(fiveMinutes);
	}

}
