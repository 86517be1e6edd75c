package cn.beibugulf.roadtosea.storage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * Plain sockets with {@code TCP_NODELAY} set, for the object-storage client. OkHttp (under the
 * MinIO client) leaves Nagle's algorithm on and writes a PUT's headers and body separately; the
 * body's last segment then waits for the ACK of the one before, which the server delays by about
 * 40 ms (Linux's delayed ACK), so every upload took at least 40 ms on localhost. Measured in a JFR
 * profile of the OAI harvest benchmark: the client waited 43–45 ms for nearly every PUT response
 * while s3proxy sat idle (docs/benchmarks.md).
 */
final class NoDelaySocketFactory extends SocketFactory {

	@Override
	public Socket createSocket() throws IOException {
		return noDelay(new Socket());
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		return noDelay(new Socket(host, port, localHost, localPort));
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return noDelay(new Socket(host, port));
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return noDelay(new Socket(address, port, localAddress, localPort));
	}

	private static Socket noDelay(Socket socket) throws IOException {
		socket.setTcpNoDelay(true);
		return socket;
	}

}
