package cn.zhifa.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.demo.DemoData;
import cn.zhifa.evidence.Evidence;
import cn.zhifa.evidence.EvidenceKind;
import cn.zhifa.evidence.EvidenceService;
import cn.zhifa.evidence.NewEvidence;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every state-changing REST endpoint of the application — enumerated from Spring's handler mapping, so a new
 * endpoint cannot be forgotten: one missing from the permission matrix ({@link Action}) fails this test — for one
 * user of every role (and one of another unit), and asserts the matrix: a role the matrix refuses gets 403
 * {@code problem+json} ({@code permission.denied}) and the database is exactly as before (every table of the
 * application, row by row, and the engine's runtime tables by count); a role it allows is never refused by the matrix
 * (it may still be refused for its relation to the object — not a handler, not the custodian — or for bad input).
 */
@IntegrationTest
class PermissionMatrixIT {

    /** One user per role (leader1 is TEAM_LEADER + OFFICER, principal PRINCIPAL_HEAD + HEAD) and another unit. */
    static final List<String> USERS = List.of("officer1", "officer3", "aux1", "leader1", "reviewer1", "head1",
            "principal", "supervisor1", "admin", "wj_officer1", "wj_head1");
    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);
    private static final Pattern VAR = Pattern.compile("\\{(\\w+)}");

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired CaseFiles f;
    @Autowired EvidenceService evidence;
    @Autowired DataSource dataSource;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Every state-changing endpoint of the application's controllers, as {@code METHOD /path/{var}}. */
    private Set<String> endpoints() {
        Set<String> all = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            if (!e.getValue().getBeanType().getName().startsWith("cn.zhifa.")) {
                continue;
            }
            String bean = e.getValue().getBeanType().getSimpleName();
            if (bean.equals("ApiFallbackController") || bean.equals("ProblemErrorController")) {
                continue; // they answer unknown paths and errors with a problem (404/405/…) and write nothing
            }
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (RequestMethod m : methods.isEmpty() ? WRITES : methods) {
                if (WRITES.contains(m)) {
                    info.getPatternValues().forEach(p -> all.add(m.name() + " " + p));
                }
            }
        }
        return all;
    }

    private static Map<String, Action> matrix() {
        Map<String, Action> byEndpoint = new TreeMap<>();
        for (Action a : Action.values()) {
            for (String e : a.endpoints()) {
                assertThat(byEndpoint.put(e, a)).as("endpoint in two actions: " + e).isNull();
            }
        }
        return byEndpoint;
    }

    @Test
    void everyStateChangingEndpointIsInTheMatrix() {
        Set<String> found = endpoints();
        assertThat(found).as("state-changing endpoints").hasSizeGreaterThan(40);
        assertThat(matrix().keySet()).as("endpoints missing from organization.Action (add them to the matrix)")
                .containsAll(found);
        assertThat(found).as("endpoints named in organization.Action that no controller has").containsAll(
                matrix().keySet());
    }

    // ---- the walk -------------------------------------------------------------------------------------------

    private record Answer(int status, String contentType, String code) {
    }

    private Answer call(String user, String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":"
                        + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", contentType).header("Accept-Language", "zh-CN")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = r.headers().firstValue("Content-Type").orElse("");
        String code = null;
        if (type.startsWith("application/problem+json")) {
            JsonNode p = json.readTree(r.body());
            code = p.path("code").asText(null);
        }
        return new Answer(r.statusCode(), type, code);
    }

    /**
     * A fingerprint of the whole database as the application sees it: every row of every application table (and the
     * row counts of the engine's tables), so "nothing changed" means nothing, anywhere.
     */
    private Map<String, String> fingerprint() throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            DatabaseMetaData md = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String t : names) {
                String lower = t.toLowerCase();
                if (lower.equals("flyway_schema_history")) {
                    continue;
                }
                if (lower.equals("sv_case_audit") || lower.equals("sv_finding") || lower.equals("sv_review_outcome")) {
                    continue; // the pre-audit's read models, recomputed in the background (the full re-audit job)
                }
                if (lower.startsWith("act_")) {
                    // the engine's own metrics are flushed on a timer, whatever the requests do
                    if (lower.startsWith("act_ru_") && !lower.contains("meter_log")) {
                        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                            rs.next();
                            tables.put(lower, String.valueOf(rs.getLong(1)));
                        }
                    }
                    continue;
                }
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            if (v instanceof java.sql.Blob blob) { // a document's .docx: its bytes, not the handle
                                v = blob.getBytes(1, (int) blob.length());
                            }
                            sha.update(v instanceof byte[] bytes ? bytes
                                    : String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                    }
                }
                tables.put(lower, rows + ":" + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return tables;
    }

    /** The walk's objects: a filed case of 朝阳 (handlers officer1, officer2) at 调查取证, with one evidence item. */
    private Map<String, String> objects() {
        CaseFile c = f.aFiledCase();
        Actor officer = f.actor("officer1");
        Evidence e = evidence.ingest(officer, c.id(), new NewEvidence(EvidenceKind.PHOTO, "matrix.jpg",
                LocalDateTime.now(clock).minusMinutes(5), List.of(officer.userId()), null, null, null, null, null,
                null, null), new ByteArrayInputStream(jpeg()));
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("caseId", String.valueOf(c.id()));
        ids.put("case", String.valueOf(c.id()));
        ids.put("evidence", String.valueOf(e.id()));
        ids.put("taskId", f.openTask(c.id()).taskId());
        ids.put("userId", String.valueOf(f.actor("reviewer1").userId()));
        ids.put("other", "1");
        return ids;
    }

    private static byte[] jpeg() {
        byte[] b = new byte[2048];
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(head, 0, b, 0, head.length);
        for (int i = head.length; i < b.length; i++) {
            b[i] = (byte) (i * 31 + System.nanoTime());
        }
        return b;
    }

    /** The concrete path of an endpoint: case and evidence ids where the path names them, else an id. */
    private static String path(String pattern, Map<String, String> ids) {
        Matcher m = VAR.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String var = m.group(1);
            String value;
            if (var.equals("taskId") || var.equals("userId") || var.equals("caseId")) {
                value = ids.get(var);
            } else if (var.equals("id") && pattern.startsWith("/api/cases/")) {
                value = ids.get("case");
            } else if (var.equals("id") && pattern.startsWith("/api/evidence/")) {
                value = ids.get("evidence");
            } else {
                value = ids.get("other");
            }
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void everyRoleGetsWhatTheMatrixSaysOnEveryWrite() throws Exception {
        Map<String, String> ids = objects();
        Map<String, Action> matrix = matrix();
        List<String> failures = new ArrayList<>();
        int refusedChecked = 0;
        int allowedChecked = 0;
        for (String endpoint : endpoints()) {
            Action action = matrix.get(endpoint);
            assertThat(action).as("in the matrix: " + endpoint).isNotNull();
            if (action.scope() == Action.Scope.PUBLIC) {
                assertThat(endpoint).contains(" /public/");
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            String path = path(pattern, ids);
            String type = "application/json";
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            if (action == Action.TASK_COMPLETE || action == Action.DOCUMENT_PREVIEW) {
                body = "{\"type\":\"Investigate\"}".getBytes(StandardCharsets.UTF_8);
            }
            if (pattern.equals("/api/admin/lockouts/unlock")) { // a well-formed body, so the role check is reached
                body = "{\"scope\":\"ACCOUNT\",\"subject\":\"nobody\",\"reason\":\"矩阵\"}"
                        .getBytes(StandardCharsets.UTF_8);
            }
            if (action == Action.EVIDENCE_ADD) {
                path += "?kind=PHOTO&fileName=" + URLEncoder.encode("矩阵.jpg", StandardCharsets.UTF_8)
                        + "&capturedAt=" + LocalDateTime.now(clock).minusMinutes(1).withNano(0)
                        + "&officerIds=" + f.actor("officer1").userId();
                type = "application/octet-stream";
                body = jpeg();
            }
            // refused users first (they must change nothing), then the allowed ones
            List<String> order = new ArrayList<>();
            USERS.stream().filter(u -> !Permissions.allows(f.actor(u), action)).forEach(order::add);
            USERS.stream().filter(u -> Permissions.allows(f.actor(u), action)).forEach(order::add);
            for (String user : order) {
                boolean allowed = Permissions.allows(f.actor(user), action);
                if (!allowed) {
                    Map<String, String> before = fingerprint();
                    Answer a = call(user, method, path, type, body);
                    Map<String, String> after = fingerprint();
                    refusedChecked++;
                    if (a.status() != 403 || !a.contentType().startsWith("application/problem+json")
                            || !"permission.denied".equals(a.code())) {
                        failures.add(endpoint + " as " + user + ": expected 403 permission.denied, got "
                                + a.status() + " " + a.code());
                    }
                    if (!before.equals(after)) {
                        List<String> changed = before.keySet().stream()
                                .filter(k -> !before.get(k).equals(after.get(k))).toList();
                        failures.add(endpoint + " as " + user + ": refused but changed " + changed);
                    }
                } else {
                    Answer a = call(user, method, path, type, body);
                    allowedChecked++;
                    if ("permission.denied".equals(a.code())) {
                        failures.add(endpoint + " as " + user + ": the matrix allows it, refused by role");
                    }
                }
            }
        }
        assertThat(failures).as("matrix violations").isEmpty();
        assertThat(refusedChecked).isGreaterThan(250);
        assertThat(allowedChecked).isGreaterThan(150);
        System.out.printf("PermissionMatrixIT: %d refused and %d allowed calls checked%n", refusedChecked,
                allowedChecked);
    }
}
