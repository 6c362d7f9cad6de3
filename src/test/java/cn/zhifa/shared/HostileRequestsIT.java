package cn.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import cn.zhifa.shared.RawHttp.Answer;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Throws thousands of generated hostile requests at every endpoint the application maps (enumerated from
 * {@link RequestMappingHandlerMapping}: path variables, query parameters and JSON bodies built from the request types
 * by reflection) as every role and anonymously: hostile strings (control characters, lone surrogates, huge and
 * over-long text, injection and traversal strings), wrong types, nulls and nested nulls, absurd dates and numbers,
 * unknown enum names and step types, raw garbage, deep nesting, wrong content types and Accept headers. Asserts
 * 0 × 5xx, every error answer {@code application/problem+json}, and no change to any domain table when a state-
 * changing request is refused. Generators are jqwik's, driven by one seeded {@link Random}: {@code -Dfuzz.seed},
 * {@code -Dfuzz.requests} (default 2,500) and {@code -Dfuzz.seconds} (default 100: the run stops early on a slow
 * machine and says how far it got) reproduce or widen a run.
 */
@IntegrationTest
class HostileRequestsIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20261205L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2500);
    private static final long SECONDS = Long.getLong("fuzz.seconds", 100);
    private static final List<String> USERS = List.of("admin", "officer1", "aux1", "leader1", "reviewer1", "head1",
            "principal", "supervisor1", "wj_officer1", "");
    private static final Set<String> SKIPPED_PATHS = Set.of("/error", "/api/**", "/public/**");
    /** Pages made for citizens' browsers answer their own refusals as HTML (the form again, the portal's 404). */
    private static final Set<Integer> HTML_PAGE_STATUSES = Set.of(404, 422, 429);

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired DataSource dataSource;
    @Autowired ObjectMapper json;
    @Autowired CaseFiles f;

    private final Random random = new Random(SEED);
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final List<Long> ids = new ArrayList<>();
    private final List<String> taskIds = new ArrayList<>();
    private final List<String> publicIds = new ArrayList<>();

    private record Endpoint(String method, String pattern, HandlerMethod handler, boolean html) {
    }

    private <T> T gen(Arbitrary<T> a) {
        return a.generator(1000).next(random).value();
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    // ---- value generators --------------------------------------------------------------------------------------

    private final Arbitrary<String> hostileString = Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(40),
            Arbitraries.strings().withChars("'\"<>&;\\%{}$\u0000\u0001\u001f\u007f\u202e\ufeff\ud800\udfff/.")
                    .ofMaxLength(30),
            Arbitraries.integers().between(90, 20_000).map(n -> "张".repeat(n)),
            Arbitraries.integers().between(4_001, 9_000).map(n -> "x".repeat(n)),
            Arbitraries.of("", " ", "\u0000", "\t\n", "../../etc/passwd", "..\\..\\win.ini", "' OR '1'='1' --",
                    "<script>alert(1)</script>", "%s%n{0}${jndi:ldap://x/a}", "９９９", "null", "NaN", "-1",
                    "1e309", "😀".repeat(60), "\ud83d", "CON", "a".repeat(256), "现场照片..jpg"),
            Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(300));

    private final Arbitrary<String> hostileNumber = Arbitraries.of("0", "-1", "1", "2147483647", "2147483648",
            "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "99999999999999999999999", "1e400", "-0.001", "0.005", "12345678901234.567", "3.4028235E39", "NaN",
            "Infinity", "0x10", "1_000");

    private final Arbitrary<String> hostileDate = Arbitraries.of("-999999999-01-01", "+999999999-12-31",
            "2026-02-30", "2026-13-01", "0000-01-01", "1899-12-31", "2200-01-01", "20260101", "tomorrow", "",
            "2026-01-01T25:00:00", "9999-12-31");

    private String goodString() {
        return pick(List.of("测试", "朝阳路1号", "同意", "占道经营", "张三", "13800000000", "OK", "依法处理"));
    }

    private String goodDate() {
        return LocalDate.now().plusDays(random.nextInt(20) - 10).toString();
    }

    private long someId() {
        return chance(80) && !ids.isEmpty() ? pick(ids) : gen(Arbitraries.longs().between(-5, 100_000));
    }

    /** A JSON value for a Java type: mostly plausible, often hostile, sometimes of the wrong kind. */
    private JsonNode value(Type type, int depth) {
        Class<?> raw = rawClass(type);
        int r = random.nextInt(100);
        if (r < 6) {
            return nodes.nullNode();
        }
        if (r < 10) {
            return wrongKind();
        }
        boolean hostile = r < 45;
        if (raw == String.class) {
            return nodes.textNode(hostile ? gen(hostileString) : goodString());
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return hostile ? nodes.textNode(pick(List.of("yes", "1", "TRUE", ""))) : nodes.booleanNode(chance(50));
        }
        if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            if (hostile) {
                return nodes.rawValueNode(new com.fasterxml.jackson.databind.util.RawValue(gen(hostileNumber)
                        .replaceAll("[^0-9eE.+-]", "") + (chance(50) ? "" : "0")));
            }
            return raw == int.class || raw == Integer.class ? nodes.numberNode(random.nextInt(60) - 5)
                    : nodes.numberNode(someId());
        }
        if (raw == BigDecimal.class) {
            if (hostile) {
                return nodes.textNode(gen(hostileNumber));
            }
            return nodes.numberNode(new BigDecimal(pick(List.of("500.00", "0", "200", "3000.5", "50000"))));
        }
        if (raw == LocalDate.class) {
            return nodes.textNode(hostile ? gen(hostileDate) : goodDate());
        }
        if (raw == LocalDateTime.class) {
            return nodes.textNode(hostile ? gen(hostileDate) + (chance(50) ? "T10:00:00" : "")
                    : goodDate() + "T10:00:00");
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            if (hostile) {
                return nodes.textNode(pick(List.of("", "unknown", constants[0].toString().toLowerCase(Locale.ROOT),
                        gen(hostileString))));
            }
            return nodes.textNode(constants[random.nextInt(constants.length)].toString());
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            ArrayNode a = nodes.arrayNode();
            int n = hostile ? pick(List.of(0, 1, 3, 101, 150)) : 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                a.add(chance(hostile ? 30 : 3) ? nodes.nullNode() : value(element, depth + 1));
            }
            return a;
        }
        if (raw.isRecord() || raw.isInterface()) {
            return depth > 4 ? nodes.nullNode() : object(raw, depth + 1);
        }
        return nodes.textNode(gen(hostileString));
    }

    private JsonNode wrongKind() {
        return switch (random.nextInt(5)) {
            case 0 -> nodes.objectNode().put("x", 1);
            case 1 -> nodes.arrayNode().add(1).add("a");
            case 2 -> nodes.numberNode(42);
            case 3 -> nodes.booleanNode(true);
            default -> nodes.textNode(gen(hostileString));
        };
    }

    /** A JSON object for a record, or for a polymorphic interface with its "type". */
    private JsonNode object(Class<?> type, int depth) {
        ObjectNode o = nodes.objectNode();
        Class<?> concrete = type;
        JsonSubTypes sub = type.getAnnotation(JsonSubTypes.class);
        if (sub != null) {
            JsonSubTypes.Type chosen = sub.value()[random.nextInt(sub.value().length)];
            concrete = chosen.value();
            if (chance(90)) {
                o.put("type", chance(92) ? chosen.name() : pick(List.of("", "Nope", "verifylead", "java.lang.Runtime")));
            }
        }
        if (!concrete.isRecord()) {
            return o;
        }
        for (RecordComponent c : concrete.getRecordComponents()) {
            if (chance(12)) {
                continue; // missing field
            }
            o.set(c.getName(), value(c.getGenericType(), depth));
        }
        if (chance(5)) {
            o.put("unknownField" + random.nextInt(3), gen(hostileString));
        }
        return o;
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    // ---- requests ----------------------------------------------------------------------------------------------

    private String pathValue(Parameter p) {
        Class<?> t = p.getType();
        int r = random.nextInt(100);
        if (r < 70) {
            if (t == String.class) {
                if (p.getName().toLowerCase(Locale.ROOT).contains("public") && !publicIds.isEmpty()) {
                    return enc(pick(publicIds));
                }
                return enc(!taskIds.isEmpty() && chance(70) ? pick(taskIds) : goodString());
            }
            return String.valueOf(someId());
        }
        return enc(r < 85 ? gen(hostileNumber) : gen(hostileString).replace("/", "_"));
    }

    private String queryValue(Parameter p) {
        Class<?> t = p.getType();
        if (chance(55)) {
            if (t == LocalDate.class) {
                return goodDate();
            }
            if (t == LocalDateTime.class) {
                return goodDate() + "T10:00:00";
            }
            if (t.isEnum()) {
                Object[] c = t.getEnumConstants();
                return c[random.nextInt(c.length)].toString();
            }
            if (t == boolean.class || t == Boolean.class) {
                return String.valueOf(chance(50));
            }
            if (Number.class.isAssignableFrom(t) || t.isPrimitive() || Collection.class.isAssignableFrom(t)) {
                return String.valueOf(someId());
            }
            return goodString();
        }
        return switch (random.nextInt(3)) {
            case 0 -> gen(hostileDate);
            case 1 -> gen(hostileNumber);
            default -> gen(hostileString);
        };
    }

    private String body(Endpoint e) throws Exception {
        Parameter bodyParam = null;
        for (Parameter p : e.handler().getMethod().getParameters()) {
            if (p.isAnnotationPresent(RequestBody.class)) {
                bodyParam = p;
            }
        }
        int r = random.nextInt(100);
        if (r < 8) {
            return pick(List.of("", "{", "null", "[]", "\"text\"", "{\"type\":null}", "{}", "{\"a\":1,\"a\":2}",
                    "[".repeat(5000) + "]".repeat(5000), "{\"x\":" + "1".repeat(2000) + "}", "\u0000\u0001\u0002",
                    "{\"summary\":\"\\ud800\"}", "1e999999999"));
        }
        if (r < 12) {
            return gen(Arbitraries.strings().all().ofMaxLength(200));
        }
        if (bodyParam == null) {
            return chance(50) ? null : json.writeValueAsString(object(Object.class, 0));
        }
        return json.writeValueAsString(value(bodyParam.getParameterizedType(), 0).isNull() && chance(50)
                ? object(bodyParam.getType(), 0) : value(bodyParam.getParameterizedType(), 0));
    }

    private String contentType() {
        int r = random.nextInt(100);
        if (r < 80) {
            return "application/json";
        }
        return pick(Arrays.asList(null, "text/plain", "application/xml", "multipart/form-data",
                "application/x-www-form-urlencoded", "application/json; charset=utf-16", "a/b/c", "*/*",
                "application/octet-stream"));
    }

    private String accept() {
        int r = random.nextInt(100);
        if (r < 75) {
            return null;
        }
        return pick(List.of("application/json", "*/*", "text/html", "text/csv", "x", "application/problem+json",
                "image/png"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : new TreeMap<>(mapping.getHandlerMethods().entrySet()
                .stream().collect(java.util.stream.Collectors.toMap(x -> x.getKey().toString(), x -> x)))
                .values().stream().map(x -> x).toList()) {
            RequestMappingInfo info = e.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> verbs = methods.isEmpty() ? List.of("GET", "POST")
                    : methods.stream().map(Enum::name).sorted().toList();
            if (e.getValue().getBeanType().getName().startsWith("org.springdoc")) {
                continue; // the OpenAPI document takes no input (and takes seconds to build per language)
            }
            boolean html = e.getValue().getBeanType().getSimpleName().startsWith("Public");
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (SKIPPED_PATHS.contains(pattern)) {
                    continue;
                }
                for (String verb : verbs) {
                    out.add(new Endpoint(verb, pattern, e.getValue(), html));
                }
            }
        }
        return out;
    }

    private String path(Endpoint e) {
        String path = e.pattern();
        Map<String, Parameter> vars = new LinkedHashMap<>();
        List<Parameter> params = new ArrayList<>();
        for (Parameter p : e.handler().getMethod().getParameters()) {
            PathVariable pv = p.getAnnotation(PathVariable.class);
            if (pv != null) {
                String name = !pv.value().isEmpty() ? pv.value() : !pv.name().isEmpty() ? pv.name() : p.getName();
                vars.put(name, p);
            }
            if (p.isAnnotationPresent(RequestParam.class)) {
                params.add(p);
            }
        }
        for (var v : vars.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", pathValue(v.getValue()));
        }
        path = path.replaceAll("\\{[^}]+}", "1");
        StringBuilder q = new StringBuilder();
        for (Parameter p : params) {
            RequestParam rp = p.getAnnotation(RequestParam.class);
            String name = !rp.value().isEmpty() ? rp.value() : !rp.name().isEmpty() ? rp.name() : p.getName();
            if (chance(25)) {
                continue;
            }
            q.append(q.isEmpty() ? '?' : '&').append(enc(name)).append('=').append(enc(queryValue(p)));
        }
        if (chance(5)) {
            q.append(q.isEmpty() ? '?' : '&').append(enc(gen(hostileString))).append('=').append(enc("1"));
        }
        return path + q;
    }

    private void collectIds() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String sql : List.of("SELECT id FROM case_file ORDER BY id DESC LIMIT 15",
                "SELECT id FROM complaint ORDER BY id DESC LIMIT 5", "SELECT id FROM publication ORDER BY id DESC LIMIT 5",
                "SELECT id FROM deliberation_meeting ORDER BY id DESC LIMIT 3", "SELECT id FROM app_user LIMIT 20",
                "SELECT id FROM evidence ORDER BY id DESC LIMIT 3", "SELECT id FROM notification ORDER BY id DESC LIMIT 3",
                "SELECT id FROM annual_report ORDER BY id DESC LIMIT 3")) {
            ids.addAll(jdbc.queryForList(sql, Long.class));
        }
        taskIds.addAll(jdbc.queryForList("SELECT task_id FROM task_inbox LIMIT 20", String.class));
        publicIds.addAll(jdbc.queryForList("SELECT public_id FROM publication LIMIT 5", String.class));
    }

    @Test
    void hostileRequestsNeverBreakTheServerNorChangeDataWhenRefused() throws Exception {
        // jqwik's generators outside a property need a session of their own
        JqwikSession.start();
        try {
            run();
        } finally {
            JqwikSession.finish();
        }
    }

    private void run() throws Exception {
        // real targets: a lead, a case at the filing approval, one at the decision
        f.aLead();
        f.aCaseAwaitingFiling();
        f.aCaseAtDecision();
        collectIds();
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(60);
        // besides the logs, the supervision module's derived read models are left out: the pre-audit recomputes them
        // in the background (after other commits and in the full re-audit job an allowed request may start)
        DomainSnapshot snapshot = new DomainSnapshot(dataSource, Set.of("case_record", "case_record_head",
                "login_event", "login_throttle", "sv_case_audit", "sv_finding", "sv_review_outcome",
                // and the documents the worker renders after earlier commits (outbox, versions, draft dossiers)
                "doc_render_job", "doc_version", "doc_dossier"));
        RawHttp http = new RawHttp(port);
        List<String> problems = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Set<String> covered = new LinkedHashSet<>();
        int sent = 0;
        int refusedWrites = 0;
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        long snapshotNanos = 0;
        long requestNanos = 0;
        // one snapshot per state-changing request: reads between them change no domain table, so the snapshot after
        // the previous write is the state before this one
        Map<String, String> last = snapshot.take();
        for (; sent < REQUESTS && System.nanoTime() < deadline; sent++) {
            Endpoint e = endpoints.get(sent < endpoints.size() ? sent : random.nextInt(endpoints.size()));
            String user = pick(USERS);
            String path = path(e);
            String method = chance(3) ? pick(List.of("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD")) : e.method();
            boolean write = !Set.of("GET", "HEAD", "OPTIONS").contains(method);
            String body = write || chance(5) ? body(e) : null;
            String contentType = body == null ? null : contentType();
            String accept = accept();
            List<String> extra = new ArrayList<>();
            if (accept != null) {
                extra.add("Accept: " + accept);
            }
            if (chance(20)) {
                extra.add("Accept-Language: en");
            }
            String auth = user.isEmpty() ? null : RawHttp.basic(user, DemoData.PASSWORD);
            long t0 = System.nanoTime();
            Answer a = http.request(method, path, auth, contentType, body, extra.toArray(String[]::new));
            requestNanos += System.nanoTime() - t0;
            statuses.merge(a.status(), 1, Integer::sum);
            covered.add(e.method() + " " + e.pattern());
            String what = method + " " + cut(path) + " as " + (user.isEmpty() ? "anonymous" : user) + " ["
                    + contentType + "] " + cut(body) + " → " + a.status() + " " + cut(a.body());
            if (a.status() < 0) {
                // Tomcat refuses a request line and headers over 8 KB and closes before the body is sent
                if (path.length() < 7_000) {
                    problems.add("no answer: " + what);
                }
            } else if (a.status() >= 500) {
                problems.add("5xx: " + what);
            } else if (a.status() >= 400 && !"HEAD".equals(method)) {
                boolean problem = a.contentType().startsWith("application/problem+json") && parses(a);
                boolean page = e.html() && HTML_PAGE_STATUSES.contains(a.status())
                        && (a.contentType().startsWith("text/html") || a.contentType().startsWith("application/json"));
                if (!problem && !page) {
                    problems.add("not a problem: " + a.contentType() + " " + what);
                }
            }
            if (write) {
                long t1 = System.nanoTime();
                Map<String, String> after = snapshot.take();
                snapshotNanos += System.nanoTime() - t1;
                if (a.status() >= 400 || a.status() < 0) {
                    refusedWrites++;
                    if (!after.equals(last)) {
                        problems.add("changed on refusal: " + diff(last, after) + " " + what);
                    }
                }
                last = after;
            }
            if (problems.size() >= 25) {
                break;
            }
        }
        System.out.printf("Hostile requests: seed %d, %d sent to %d endpoints (%d covered), %d refused writes "
                + "checked, statuses %s; %d ms in requests, %d ms in snapshots (%d tables)%n", SEED, sent,
                endpoints.size(), covered.size(), refusedWrites, statuses, requestNanos / 1_000_000,
                snapshotNanos / 1_000_000, snapshot.tables().size());
        assertThat(problems).as("seed " + SEED).isEmpty();
        assertThat(sent).as("requests sent within the time budget").isGreaterThanOrEqualTo(Math.min(REQUESTS,
                endpoints.size()));
        assertThat(covered).hasSize(endpoints.stream().map(x -> x.method() + " " + x.pattern())
                .collect(java.util.stream.Collectors.toSet()).size());
    }

    private boolean parses(Answer a) {
        try {
            JsonNode p = json.readTree(a.body());
            return p.path("status").asInt() == a.status() && p.hasNonNull("title");
        } catch (Exception e) {
            return false;
        }
    }

    private static String diff(Map<String, String> before, Map<String, String> after) {
        StringBuilder b = new StringBuilder();
        after.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                b.append(k).append(' ').append(before.get(k)).append("→").append(v).append("; ");
            }
        });
        return b.toString();
    }

    private static String cut(String s) {
        if (s == null) {
            return "-";
        }
        String one = s.replaceAll("[\\p{Cntrl}]", "·");
        return one.length() > 160 ? one.substring(0, 160) + "…(" + s.length() + ")" : one;
    }
}
