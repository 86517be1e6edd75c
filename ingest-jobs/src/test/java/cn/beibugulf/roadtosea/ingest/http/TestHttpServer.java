package cn.beibugulf.roadtosea.ingest.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's) for tests of the feed and catalogue harvests: serves
 * bytes per path with a content type and validators (answering a matching {@code If-None-Match} or
 * {@code If-Modified-Since} with 304), can answer errors first, cut a body short, and records every
 * request with its headers.
 */
public final class TestHttpServer implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, Resource> resources = new ConcurrentHashMap<>();

	private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	/** A request as received. */
	public record Request(String path, Map<String, List<String>> headers) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().getFirst())
				.findFirst()
				.orElse(null);
		}

	}

	private record Resource(byte[] body, String contentType, String etag, String lastModified, int cutAt) {
	}

	private record Fault(int status, String retryAfter) {
	}

	private TestHttpServer(HttpServer server) {
		this.server = server;
	}

	public static TestHttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			TestHttpServer test = new TestHttpServer(server);
			server.createContext("/", test::handle);
			server.start();
			return test;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the test HTTP server", ex);
		}
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	/** Serves {@code body} at {@code path}, without validators. */
	public TestHttpServer serve(String path, byte[] body, String contentType) {
		return serve(path, body, contentType, null, null);
	}

	/** Serves {@code body} at {@code path} with an {@code ETag} and a {@code Last-Modified} (either may be null). */
	public TestHttpServer serve(String path, byte[] body, String contentType, String etag, String lastModified) {
		this.resources.put(path, new Resource(body, contentType, etag, lastModified, -1));
		return this;
	}

	/** Serves {@code body} at {@code path} announcing its full length but closing the connection after {@code cutAt} bytes. */
	public TestHttpServer serveCut(String path, byte[] body, String contentType, int cutAt) {
		this.resources.put(path, new Resource(body, contentType, null, null, cutAt));
		return this;
	}

	/** Answers the next request to {@code path} with {@code status} (and a {@code Retry-After}, may be null). */
	public TestHttpServer failNext(String path, int status, String retryAfter) {
		this.faults.computeIfAbsent(path, (key) -> new ArrayDeque<>()).add(new Fault(status, retryAfter));
		return this;
	}

	public List<Request> requests(String path) {
		return this.requests.stream().filter((request) -> request.path().equals(path)).toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) {
		try {
			String path = exchange.getRequestURI().getPath();
			Request request = new Request(path, Map.copyOf(exchange.getRequestHeaders()));
			this.requests.add(request);
			Deque<Fault> pending = this.faults.get(path);
			Fault fault = (pending != null) ? pending.poll() : null;
			if (fault != null) {
				if (fault.retryAfter() != null) {
					exchange.getResponseHeaders().add("Retry-After", fault.retryAfter());
				}
				exchange.sendResponseHeaders(fault.status(), -1);
				return;
			}
			Resource resource = this.resources.get(path);
			if (resource == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			if (resource.etag() != null) {
				exchange.getResponseHeaders().add("ETag", resource.etag());
			}
			if (resource.lastModified() != null) {
				exchange.getResponseHeaders().add("Last-Modified", resource.lastModified());
			}
			if (notModified(request, resource)) {
				exchange.sendResponseHeaders(304, -1);
				return;
			}
			exchange.getResponseHeaders().add("Content-Type", resource.contentType());
			exchange.sendResponseHeaders(200, resource.body().length);
			OutputStream out = exchange.getResponseBody();
			if (resource.cutAt() < 0) {
				out.write(resource.body());
				return;
			}
			out.write(resource.body(), 0, resource.cutAt());
			out.flush();
			// closing the exchange now leaves the announced length unmet: the client sees the connection end early
		}
		catch (IOException ex) {
			// the client went away
		}
		finally {
			// for a cut body this fails (fewer bytes than announced) and drops the connection, which is the point
			exchange.close();
		}
	}

	private static boolean notModified(Request request, Resource resource) {
		String ifNoneMatch = request.header("If-None-Match");
		if (ifNoneMatch != null) {
			return ifNoneMatch.equals(resource.etag());
		}
		String ifModifiedSince = request.header("If-Modified-Since");
		return ifModifiedSince != null && ifModifiedSince.equals(resource.lastModified());
	}

}
