package cn.beibugulf.roadtosea.elasticsearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives Elasticsearch's native access the system zstd library. Elasticsearch looks for
 * {@code libzstd.so} in the folder named by {@code es.nativelibs.path}; the official distribution
 * ships its own copy there, Maven Central does not, so we link the system {@code libzstd.so.1}
 * (found with {@code ldconfig -p}). Without it Elasticsearch switches all native code off and
 * {@code index.codec: best_compression} fails.
 */
final class ZstdLibraryLink {

    static final String NATIVE_LIBS_PROPERTY = "es.nativelibs.path";

    private static final Logger log = LoggerFactory.getLogger(ZstdLibraryLink.class);

    private static final List<String> LDCONFIG = List.of("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig");

    private static final List<String> USUAL_PLACES = List.of("/lib/x86_64-linux-gnu/libzstd.so.1",
            "/usr/lib/x86_64-linux-gnu/libzstd.so.1", "/lib/aarch64-linux-gnu/libzstd.so.1",
            "/usr/lib/aarch64-linux-gnu/libzstd.so.1", "/usr/lib64/libzstd.so.1", "/usr/lib/libzstd.so.1");

    private ZstdLibraryLink() {
    }

    /**
     * Points {@code es.nativelibs.path} at {@code folder}, holding a link to the system zstd, unless
     * the property is already set (by the user or an earlier node of this JVM: native access is
     * initialised once per JVM).
     */
    static synchronized void install(Path folder) throws IOException {
        if (System.getProperty(NATIVE_LIBS_PROPERTY) != null) {
            return;
        }
        Optional<Path> zstd = findSystemZstd();
        if (zstd.isEmpty()) {
            log.warn("No system libzstd.so.1 found (ldconfig -p); Elasticsearch runs without native access "
                    + "and index.codec=best_compression is unavailable. Install the zstd library (Debian: libzstd1).");
            return;
        }
        Files.createDirectories(folder);
        Path link = folder.resolve(System.mapLibraryName("zstd"));
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, zstd.get());
        System.setProperty(NATIVE_LIBS_PROPERTY, folder.toString());
        log.debug("Linked {} -> {} for Elasticsearch native access", link, zstd.get());
    }

    static Optional<Path> findSystemZstd() {
        for (String ldconfig : LDCONFIG) {
            Optional<Path> found = fromLdconfig(ldconfig);
            if (found.isPresent()) {
                return found;
            }
        }
        return USUAL_PLACES.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }

    private static Optional<Path> fromLdconfig(String command) {
        try {
            Process process = new ProcessBuilder(command, "-p").redirectErrorStream(true).start();
            Optional<Path> found;
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                found = reader.lines().map(ZstdLibraryLink::parseLdconfigLine).flatMap(Optional::stream)
                        .filter(Files::isReadable).findFirst();
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return found;
        }
        catch (IOException ex) {
            return Optional.empty();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** {@code "\tlibzstd.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libzstd.so.1"} gives the path. */
    static Optional<Path> parseLdconfigLine(String line) {
        String trimmed = line.strip();
        int arrow = trimmed.indexOf("=>");
        if (!trimmed.startsWith("libzstd.so.1 ") || arrow < 0 || !matchesThisArchitecture(trimmed)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(trimmed.substring(arrow + 2).strip()));
    }

    private static boolean matchesThisArchitecture(String line) {
        String arch = System.getProperty("os.arch");
        if ("amd64".equals(arch) || "x86_64".equals(arch)) {
            return line.contains("x86-64");
        }
        if ("aarch64".equals(arch)) {
            return line.contains("AArch64") || line.contains("aarch64");
        }
        return true;
    }

}
