package cn.zhifa.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The production jar ({@code -Dzhifa.jar}, default target/production/zhifa.jar) started as an operator would:
 * {@code java -jar} in its own scratch folder, settings from the environment, log to {@code <folder>/app.log}.
 * Ready when its readiness group answers UP on the management port.
 */
final class JarProcess implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    final Path folder;
    final int port;
    final int managementPort;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> args = new ArrayList<>();
    private Process process;

    JarProcess(Path folder, int port, int managementPort) {
        this.folder = folder;
        this.port = port;
        this.managementPort = managementPort;
        env.put("PORT", String.valueOf(port));
        env.put("ZHIFA_MANAGEMENT_PORT", String.valueOf(managementPort));
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("zhifa.jar", "target/production/zhifa.jar")).toAbsolutePath();
        assertThat(jar).as("build it first: ./mvnw -Pproduction -DskipTests package").isRegularFile();
        return jar;
    }

    JarProcess env(String key, String value) {
        env.put(key, value);
        return this;
    }

    JarProcess arg(String arg) {
        args.add(arg);
        return this;
    }

    Path log() {
        return folder.resolve("app.log");
    }

    String logText() throws IOException {
        return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
    }

    JarProcess start() throws IOException {
        Files.createDirectories(folder);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("zhifa.jar.heap", "768m"), "-XX:+UseSerialGC", "-jar", jar().toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        pb.environment().putAll(env);
        process = pb.start();
        return this;
    }

    /** Waits until readiness is UP (or the process died / the time ran out, then fails with the log's tail). */
    JarProcess awaitReady(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("the jar exited with " + process.exitValue() + ":\n" + tail(60));
            }
            try {
                HttpResponse<String> r = get(managementPort, "/actuator/health/readiness");
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + timeout + ":\n" + tail(60));
    }

    /** Waits for the process to exit by itself; returns its exit code. */
    int awaitExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout);
        }
        return process.exitValue();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop. */
    void kill9() throws Exception {
        process.destroyForcibly();
        process.waitFor();
    }

    String tail(int lines) throws IOException {
        List<String> all = logText().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return get(port, path, Duration.ofSeconds(30));
    }

    static HttpResponse<String> get(int port, String path, Duration timeout) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(timeout).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * {@code /actuator/integrity}: re-verifies every chain and re-hashes every file — minutes on a large store or a
     * busy machine.
     */
    static HttpResponse<String> integrity(int managementPort) throws IOException, InterruptedException {
        return get(managementPort, "/actuator/integrity", Duration.ofMinutes(10));
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy(); // SIGTERM: graceful shutdown
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
