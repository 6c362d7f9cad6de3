package cn.zhifa.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Public portal at scale: bulk-loads {@code bench.publications} published decisions (one per archived case of the
 * read-scale load; 5 % of them withdrawn) and times the public list (first page, a deep page, item and date filters),
 * the detail page by public id and the JSON feed over HTTP against the running application (HTML rendering included).
 */
final class PublicScale {

    private static final int BATCH = 5000;

    private final BenchConfig cfg;
    private final Report report;
    private final int port;
    private final int count;
    private final Random random = new Random(20261122L);
    private final List<String> publicIds = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private long sampleItem;
    private LocalDate sampleFrom;

    PublicScale(BenchConfig cfg, Report report, int port) {
        this.cfg = cfg;
        this.report = report;
        this.port = port;
        this.count = Integer.getInteger("bench.publications", Boolean.getBoolean("bench.quick") ? 10_000 : 100_000);
    }

    double populate() throws SQLException {
        long t0 = System.nanoTime();
        SecureRandom ids = new SecureRandom();
        LocalDate today = LocalDate.now();
        try (Connection c = Databases.connect(cfg, cfg.url(cfg.database()))) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 0");
                s.execute("SET SESSION unique_checks = 0");
            }
            c.setAutoCommit(false);
            try (PreparedStatement sel = c.prepareStatement("SELECT c.id, c.unit_id, c.item_id, c.case_no, "
                    + "c.closed_date, u.name FROM case_file c JOIN org_unit u ON u.id = c.unit_id "
                    + "LEFT JOIN publication p ON p.case_id = c.id "
                    + "WHERE c.stage = 'ARCHIVED' AND c.case_no IS NOT NULL AND p.id IS NULL ORDER BY c.id DESC LIMIT ?");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO publication (public_id, case_id, unit_id, "
                            + "status, outcome, penalty, natural_person, decided_date, due_date, due_confirmed, doc_no, "
                            + "body_name, item_id, item_name, party_text, facts_text, basis_text, conclusion_text, "
                            + "published_at, published_date, published_by, published_late, display_until, "
                            + "withdrawal_reason, withdrawal_note, withdrawn_at, version) VALUES (?, ?, ?, ?, 'FINE', "
                            + "TRUE, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, '罚款人民币500.00元', ?, ?, 1, FALSE, ?, ?, ?, ?, 1)")) {
                sel.setInt(1, count);
                int n = 0;
                try (ResultSet rs = sel.executeQuery()) {
                    while (rs.next()) {
                        byte[] b = new byte[16];
                        ids.nextBytes(b);
                        String publicId = HexFormat.of().formatHex(b);
                        boolean withdrawn = random.nextInt(100) < 5;
                        boolean person = random.nextBoolean();
                        LocalDate closed = rs.getDate(5) == null ? today.minusDays(30) : rs.getDate(5).toLocalDate();
                        LocalDate decided = closed.minusDays(20);
                        LocalDate published = decided.plusDays(3);
                        long item = rs.getLong(3);
                        int i = 1;
                        ins.setString(i++, publicId);
                        ins.setLong(i++, rs.getLong(1));
                        ins.setLong(i++, rs.getLong(2));
                        ins.setString(i++, withdrawn ? "WITHDRAWN" : "PUBLISHED");
                        ins.setBoolean(i++, person);
                        ins.setDate(i++, Date.valueOf(decided));
                        ins.setDate(i++, Date.valueOf(decided.plusDays(9)));
                        ins.setString(i++, rs.getString(4).replace("立字", "罚决字"));
                        ins.setString(i++, rs.getString(6));
                        ins.setLong(i++, item);
                        ins.setString(i++, "擅自占用城市道路");
                        ins.setString(i++, person ? "王某某" : "北京某某商贸有限公司");
                        ins.setString(i++, "经查，当事人于朝阳路***门前占道经营，影响通行。");
                        ins.setString(i++, "处罚依据：《城市道路管理条例》第四十二条");
                        ins.setTimestamp(i++, Timestamp.valueOf(published.atTime(10, 0)));
                        ins.setDate(i++, Date.valueOf(published));
                        // every row is in its display period, so the list really holds `count` decisions
                        ins.setDate(i++, Date.valueOf(today.plusYears(1 + random.nextInt(5))));
                        ins.setString(i++, withdrawn ? "REVOKED" : null);
                        ins.setString(i++, withdrawn ? "经行政复议撤销" : null);
                        ins.setTimestamp(i++, withdrawn ? Timestamp.valueOf(published.plusDays(30).atStartOfDay()) : null);
                        ins.addBatch();
                        if (!withdrawn && publicIds.size() < 100_000) {
                            publicIds.add(publicId);
                        }
                        if (n == count / 2) {
                            sampleItem = item;
                            sampleFrom = published.withDayOfMonth(1);
                        }
                        if (++n % BATCH == 0) {
                            ins.executeBatch();
                            c.commit();
                        }
                    }
                }
                ins.executeBatch();
                c.commit();
                if (n < count) {
                    System.out.printf("[bench] only %d archived cases to publish (asked %d)%n", n, count);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE publication");
            }
            c.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    void measure() {
        String base = "http://127.0.0.1:" + port;
        String deepCursor = cursorAfter(39_980);
        report.heading("Public portal: published decisions over HTTP (HTML rendering included)");
        report.line(String.format("%,d published decisions (5 %% withdrawn), %d calls per query after warm-up, one "
                + "client thread; rate limit lifted for the run.", count, cfg.latencyCalls()));
        report.line("");
        report.header("request", "bytes", "p50 ms", "p95 ms", "p99 ms", "max ms");
        String month = sampleFrom == null ? "" : "&from=" + sampleFrom + "&to=" + sampleFrom.plusMonths(1).minusDays(1);
        Object[][] queries = {
            {"list, page 1", (Supplier<Integer>) () -> get(base + "/public/decisions")},
            {"list, page 2,000 (cursor after row 39,980)", (Supplier<Integer>) () -> get(base
                    + "/public/decisions?after=" + deepCursor)},
            {"list, one item", (Supplier<Integer>) () -> get(base + "/public/decisions?item=" + sampleItem)},
            {"list, one month", (Supplier<Integer>) () -> get(base + "/public/decisions?page=1" + month)},
            {"detail by public id (random)", (Supplier<Integer>) () -> get(base + "/public/decisions/"
                    + publicIds.get(random.nextInt(publicIds.size())))},
            {"detail, unknown id (404)", (Supplier<Integer>) () -> get(base + "/public/decisions/"
                    + "0123456789abcdef0123456789abcdef")},
            {"JSON feed, page 1 (50)", (Supplier<Integer>) () -> get(base + "/public/decisions.json")}};
        for (Object[] q : queries) {
            @SuppressWarnings("unchecked")
            Supplier<Integer> call = (Supplier<Integer>) q[1];
            double[] s = Stats.millis(ReadScaleMeasures.time(List.of(call), cfg.latencyCalls()));
            report.row(q[0], call.get(), Stats.pct(s, 50), Stats.pct(s, 95), Stats.pct(s, 99), s[s.length - 1]);
        }
    }

    /** The public id of the n-th listed decision (newest first): the cursor a visitor has after n rows. */
    private String cursorAfter(int n) {
        try (Connection c = Databases.connect(cfg, cfg.url(cfg.database()));
                PreparedStatement q = c.prepareStatement("SELECT public_id FROM publication WHERE status = 'PUBLISHED' "
                        + "AND display_until >= CURRENT_DATE ORDER BY published_date DESC, id DESC LIMIT 1 OFFSET ?")) {
            q.setInt(1, n - 1);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int get(String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 && r.statusCode() != 404) {
                throw new IllegalStateException(url + " -> " + r.statusCode());
            }
            return r.body().length;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
