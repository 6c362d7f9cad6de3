package cn.zhifa.production;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A REST client as an officer's device uses it: HTTP Basic, JSON. Given several nodes it is its own balancer: the
 * requests go round the nodes, and a node whose connection failed is left out for a few seconds (as a balancer's
 * health check would). A request that dies on the wire (connection reset or refused, or a balancer's 502/503/504: the
 * node went away) is retried on the next node after a pause, as the client of a load-balanced service must; such
 * retries are counted separately from failures (an HTTP error answer is a failure, never retried). Given each node's
 * readiness address ({@link #readiness}), a node that went down gets traffic again only once its readiness answers UP
 * — what the balancer's health check does (src/main/ops/haproxy.cfg): a restarting node listens before it is ready.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static final long DOWN_NANOS = Duration.ofSeconds(3).toNanos();

    final String base;
    private final String[] bases;
    private final long[] downUntil;
    private final AtomicLong next = new AtomicLong();
    private String[] readiness;
    private final boolean[] waitingForReady;
    /** Answers received from each node (the share of the load each carried). */
    final java.util.concurrent.atomic.AtomicLongArray served;
    final AtomicLong requests = new AtomicLong();
    final AtomicLong retried = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    Api(String... bases) {
        this.base = bases[0];
        this.bases = bases.clone();
        this.downUntil = new long[bases.length];
        this.waitingForReady = new boolean[bases.length];
        this.served = new java.util.concurrent.atomic.AtomicLongArray(bases.length);
    }

    /** Each node's readiness address (management port), in the order of the nodes. */
    Api readiness(String... urls) {
        this.readiness = urls.clone();
        return this;
    }

    /** The next node round the ring that is not marked down (every node is down: the next one anyway). */
    private int pick() {
        int start = (int) (next.getAndIncrement() % bases.length);
        for (int i = 0; i < bases.length; i++) {
            int n = (start + i) % bases.length;
            if (up(n)) {
                return n;
            }
        }
        return start;
    }

    /** Not marked down, or its time is up and (when a readiness address is known) it answers ready again. */
    private boolean up(int node) {
        synchronized (downUntil) {
            if (downUntil[node] - System.nanoTime() > 0) {
                return false;
            }
            if (!waitingForReady[node] || readiness == null) {
                return true;
            }
            downUntil[node] = System.nanoTime() + DOWN_NANOS / 3; // one probe a second, by one caller
        }
        boolean ready;
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(readiness[node]))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            ready = r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            ready = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready = false;
        }
        if (ready) {
            synchronized (downUntil) {
                waitingForReady[node] = false;
                downUntil[node] = 0;
            }
        }
        return ready;
    }

    private void markDown(int node) {
        synchronized (downUntil) {
            downUntil[node] = System.nanoTime() + DOWN_NANOS;
            waitingForReady[node] = true;
        }
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(body, e);
            }
        }

        boolean ok() {
            return status / 100 == 2;
        }
    }

    Answer send(String user, String password, String method, String path, String contentType, byte[] body)
            throws InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        requests.incrementAndGet();
        for (int attempt = 1; ; attempt++) {
            int node = pick();
            try {
                HttpResponse<String> r = http.send(b.uri(URI.create(bases[node] + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                served.incrementAndGet(node);
                if (r.statusCode() >= 502 && r.statusCode() <= 504 && attempt < 3) {
                    // the balancer's answer for a request in flight on a node that died (or no node ready yet)
                    retried.incrementAndGet();
                    Thread.sleep(1500L * attempt);
                    continue;
                }
                if (r.statusCode() >= 500 || r.statusCode() == 401) {
                    failed.incrementAndGet();
                }
                return new Answer(r.statusCode(), r.body());
            } catch (IOException e) {
                if (attempt >= 3) {
                    failed.incrementAndGet();
                    return new Answer(-1, e.toString());
                }
                markDown(node);
                retried.incrementAndGet();
                Thread.sleep(bases.length > 1 ? 200L : 1500L * attempt);
            }
        }
    }

    Answer json(String user, String password, String method, String path, Object body) throws Exception {
        return send(user, password, method, path, "application/json",
                body == null ? null : JSON.writeValueAsBytes(body));
    }
}
