package cn.beibugulf.roadtosea.ingest.xml;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * Hostile documents for the XML safety tests of every reader, and a local HTTP server that counts
 * the requests a parser makes, proving that an external entity or DTD is never fetched.
 */
public final class HostileXml implements AutoCloseable {

	/** Root element {@code x} whose content is an external entity naming {@code /etc/passwd}. */
	public static final String PASSWD_ENTITY = """
			<?xml version="1.0"?>
			<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
			<x>&e;</x>
			""";

	/** The classic "billion laughs": ten levels of ten-fold entity expansion (10^9 "lol"s). */
	public static final String BILLION_LAUGHS = """
			<?xml version="1.0"?>
			<!DOCTYPE x [
			 <!ENTITY lol "lol">
			 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
			 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
			 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
			 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
			 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
			 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
			 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
			 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
			 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
			]>
			<x>&lol9;</x>
			""";

	private final HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private HostileXml(HttpServer server) {
		this.server = server;
	}

	/** Starts the request-counting server on a free port of 127.0.0.1. */
	public static HostileXml start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		HostileXml hostile = new HostileXml(server);
		server.createContext("/", (exchange) -> {
			hostile.requests.incrementAndGet();
			byte[] body = "<!ENTITY leaked \"LEAKED-FROM-SERVER\">".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		return hostile;
	}

	/** A document whose entity would be fetched from this server. */
	public String remoteEntity() {
		return """
				<?xml version="1.0"?>
				<!DOCTYPE x [<!ENTITY e SYSTEM "%s">]>
				<x>&e;</x>
				""".formatted(url("/entity"));
	}

	/** A document whose external DTD (a parameter entity) would be fetched from this server. */
	public String remoteDtd() {
		return """
				<?xml version="1.0"?>
				<!DOCTYPE x SYSTEM "%s">
				<x>&leaked;</x>
				""".formatted(url("/x.dtd"));
	}

	/** How many requests arrived: any at all means a parser tried to fetch an entity or DTD. */
	public int requests() {
		return this.requests.get();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
