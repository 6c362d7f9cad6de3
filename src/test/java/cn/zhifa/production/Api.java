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
 * A REST client as an officer's device uses it: HTTP Basic, JSON. A request that dies on the wire (connection reset
 * or refused, or the balancer's 502/503/504: the node went away) is retried after a pause, as the client of a load-balanced service must;
 * such retries are counted separately from failures (an HTTP error answer is a failure, never retried).
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    final String base;
    final AtomicLong requests = new AtomicLong();
    final AtomicLong retried = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    Api(String base) {
        this.base = base;
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
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        requests.incrementAndGet();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
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
                retried.incrementAndGet();
                Thread.sleep(1500L * attempt);
            }
        }
    }

    Answer json(String user, String password, String method, String path, Object body) throws Exception {
        return send(user, password, method, path, "application/json",
                body == null ? null : JSON.writeValueAsBytes(body));
    }
}
