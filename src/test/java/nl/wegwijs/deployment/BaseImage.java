package nl.wegwijs.deployment;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the image's base without Docker or a registry (none is reachable from the build machines):
 * a Java 17 runtime jlink'ed from the build JDK at {@code /opt/java/openjdk} (where the production
 * base, eclipse-temurin:17-jre, has it too), the shared libraries it loads taken from this Debian
 * system (glibc, zlib, libstdc++), Debian's CA certificates, {@code /etc/passwd} with the non-root
 * user 10001, and a writable {@code /tmp}. Written as a docker-save tar that Jib reads with
 * {@code tar://}. Sorted entries, fixed times and owners, so builds differ only where JDK 17's
 * jlink is not byte-reproducible (lib/modules, now and then); made again only when the JDK changes
 * (run by exec-maven-plugin in prepare-package, see pom.xml).
 */
public final class BaseImage {

    static final int UID = 10001;
    static final String JAVA_HOME = "opt/java/openjdk";
    static final String LIB_DIR = "usr/lib/x86_64-linux-gnu";
    private static final int VERSION = 2;
    private static final long MTIME = 946684800_000L; // 2000-01-01: the same bytes on every build

    /** Modules the app needs (Spring's java.beans lives in java.desktop; TLS on EC keys; JMX). */
    private static final String MODULES = "java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,"
            + "jdk.zipfs,jdk.management,jdk.naming.dns,jdk.localedata,jdk.charsets,jdk.net";
    /** Native libraries of the desktop parts, never loaded headless: their X11/font dependencies stay out. */
    private static final List<String> DESKTOP_LIBS = List.of("awt", "fontmanager", "splashscreen", "jsound",
            "lcms", "javajpeg", "mlib_image", "jawt");

    private BaseImage() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path tar = out.resolve("base.tar");
        String key = "v" + VERSION + " " + System.getProperty("java.home") + " " + System.getProperty("java.runtime.version");
        Path stamp = out.resolve("base.stamp");
        if (Files.exists(tar) && Files.exists(stamp) && Files.readString(stamp).equals(key)) {
            System.out.println("[base-image] up to date: " + tar);
            return;
        }
        long start = System.nanoTime();
        Path jre = out.resolve("jre");
        deleteTree(jre);
        Files.createDirectories(out);
        jlink(jre);
        Map<String, Entry> files = new TreeMap<>();
        addTree(files, jre, JAVA_HOME);
        copyIfPresent(files, Path.of("/etc/ssl/certs/java/cacerts"), JAVA_HOME + "/lib/security/cacerts");
        copyIfPresent(files, Path.of("/etc/ssl/certs/ca-certificates.crt"), "etc/ssl/certs/ca-certificates.crt");
        for (Path lib : sharedLibraries(jre)) {
            String name = lib.getFileName().toString();
            String at = name.startsWith("ld-linux") ? "usr/lib64/" + name : LIB_DIR + "/" + name;
            files.put(at, Entry.file(Files.readAllBytes(lib.toRealPath()), 0755));
        }
        files.put("lib", Entry.link("usr/lib"));
        files.put("lib64", Entry.link("usr/lib64"));
        files.put("etc/passwd", Entry.text("root:x:0:0:root:/root:/usr/sbin/nologin\n"
                + "wegwijs:x:" + UID + ":" + UID + ":Wegwijs:/home/wegwijs:/usr/sbin/nologin\n"));
        files.put("etc/group", Entry.text("root:x:0:\nwegwijs:x:" + UID + ":\n"));
        files.put("etc/nsswitch.conf", Entry.text("passwd: files\ngroup: files\nhosts: files dns\n"));
        files.put("tmp", Entry.dir(01777, 0));
        files.put("home/wegwijs", Entry.dir(0755, UID));
        files.put("root", Entry.dir(0700, 0));
        Path layer = out.resolve("layer.tar");
        String diffId = layer(files, layer);
        writeImage(tar, layer, diffId);
        Files.delete(layer);
        Files.writeString(stamp, key);
        System.out.printf("[base-image] %s: %d files, %.1f MB, %.1f s%n", tar, files.size(),
                Files.size(tar) / 1e6, (System.nanoTime() - start) / 1e9);
    }

    private static void jlink(Path jre) {
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(() -> new IllegalStateException("jlink missing: build with a full JDK 17 (jmods)"));
        StringWriter log = new StringWriter();
        int rc = jlink.run(new PrintWriter(log), new PrintWriter(log), "--add-modules", MODULES,
                "--include-locales=en,nl,ar,tr,pl,uk", "--strip-debug", "--no-header-files", "--no-man-pages",
                "--compress=1", "--output", jre.toString());
        if (rc != 0) {
            throw new IllegalStateException("jlink failed: " + log);
        }
    }

    /** What the runtime's executables and libraries need from the system, as ldd resolves it here. */
    private static List<Path> sharedLibraries(Path jre) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ldd"));
        try (Stream<Path> walk = Files.walk(jre)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".so") || p.getParent().getFileName().toString().equals("bin"))
                    .filter(p -> DESKTOP_LIBS.stream().noneMatch(d -> p.getFileName().toString().startsWith("lib" + d)))
                    .sorted().forEach(p -> command.add(p.toString()));
        }
        Process ldd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ldd.waitFor();
        TreeSet<String> libraries = new TreeSet<>();
        for (String line : output.split("\n")) {
            String s = line.strip();
            int arrow = s.indexOf(" => ");
            String path = arrow >= 0 ? s.substring(arrow + 4) : s;
            if (path.startsWith("/") && path.contains(" (0x")) {
                libraries.add(path.substring(0, path.indexOf(" (")));
            }
        }
        String jreRoot = jre.toRealPath().toString();
        List<Path> system = new ArrayList<>();
        for (String lib : libraries) {
            if (!Path.of(lib).toRealPath().startsWith(jreRoot)) {
                system.add(Path.of(lib));
            }
        }
        if (system.stream().noneMatch(p -> p.getFileName().toString().startsWith("libc.so"))) {
            throw new IllegalStateException("ldd found no libc for the runtime:\n" + output);
        }
        return system;
    }

    private static void addTree(Map<String, Entry> files, Path root, String at) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = at + (p.equals(root) ? "" : "/" + root.relativize(p).toString().replace('\\', '/'));
                if (Files.isDirectory(p)) {
                    files.put(name, Entry.dir(0755, 0));
                } else {
                    files.put(name, Entry.file(Files.readAllBytes(p), Files.isExecutable(p) ? 0755 : 0644));
                }
            }
        }
    }

    private static void copyIfPresent(Map<String, Entry> files, Path source, String at) throws IOException {
        if (Files.isReadable(source)) {
            files.put(at, Entry.file(Files.readAllBytes(source.toRealPath()), 0644));
        }
    }

    /** Writes the layer and returns its digest (the image config's diff_id). */
    private static String layer(Map<String, Entry> files, Path target) throws IOException {
        // parent directories first (TreeMap order puts "a" before "a/b"); missing parents added
        Map<String, Entry> all = new TreeMap<>(files);
        for (String name : files.keySet()) {
            for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                all.putIfAbsent(name.substring(0, slash), Entry.dir(0755, 0));
            }
        }
        MessageDigest digest = sha256();
        try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(target)), digest);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(file)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, Entry> e : all.entrySet()) {
                Entry f = e.getValue();
                TarArchiveEntry entry;
                if (f.link() != null) {
                    entry = new TarArchiveEntry(e.getKey(), TarConstants.LF_SYMLINK);
                    entry.setLinkName(f.link());
                } else {
                    entry = new TarArchiveEntry(f.content() == null ? e.getKey() + "/" : e.getKey());
                    entry.setMode((f.content() == null ? 040000 : 0100000) | f.mode());
                    entry.setSize(f.content() == null ? 0 : f.content().length);
                }
                entry.setModTime(MTIME);
                entry.setIds(f.owner(), f.owner());
                entry.setNames("", "");
                tar.putArchiveEntry(entry);
                if (f.content() != null) {
                    tar.write(f.content());
                }
                tar.closeArchiveEntry();
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /** docker-save layout: manifest.json, the config named by its digest, one uncompressed layer. */
    private static void writeImage(Path target, Path layer, String diffId) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("architecture", "amd64");
        config.put("os", "linux");
        config.put("created", "2000-01-01T00:00:00Z");
        config.put("config", Map.of("Env", List.of(
                "PATH=/" + JAVA_HOME + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=/" + JAVA_HOME, "LANG=C.UTF-8")));
        config.put("rootfs", ordered("type", "layers", "diff_ids", List.of(diffId)));
        byte[] configBytes = json.writeValueAsBytes(config);
        String configName = HexFormat.of().formatHex(sha256().digest(configBytes)) + ".json";
        String layerName = diffId.substring(7) + "/layer.tar";
        byte[] manifest = json.writeValueAsBytes(List.of(ordered("Config", configName,
                "RepoTags", List.of("wegwijs-base:local"), "Layers", List.of(layerName))));
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial));
                TarArchiveOutputStream tar = new TarArchiveOutputStream(file)) {
            put(tar, configName, configBytes);
            TarArchiveEntry entry = new TarArchiveEntry(layerName);
            entry.setSize(Files.size(layer));
            entry.setModTime(MTIME);
            tar.putArchiveEntry(entry);
            Files.copy(layer, tar);
            tar.closeArchiveEntry();
            put(tar, "manifest.json", manifest);
        }
        Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Map.of's order changes from run to run; the same bytes every build need a fixed one. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setModTime(MTIME);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A file (content), directory (no content) or symbolic link in the layer. */
    private record Entry(byte[] content, int mode, int owner, String link) {
        static Entry file(byte[] content, int mode) {
            return new Entry(content, mode, 0, null);
        }

        static Entry text(String text) {
            return file(text.getBytes(StandardCharsets.UTF_8), 0644);
        }

        static Entry dir(int mode, int owner) {
            return new Entry(null, mode, owner, null);
        }

        static Entry link(String target) {
            return new Entry(null, 0777, 0, target);
        }
    }

}
