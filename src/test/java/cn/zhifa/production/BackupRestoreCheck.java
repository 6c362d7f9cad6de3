package cn.zhifa.production;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore as documented (src/main/ops/backup.sh, restore.sh): the production jar runs on a MariaDB
 * database with demo data and evidence uploaded through the API; the backup is taken while it runs; it is restored
 * into a fresh database and a fresh store root; the jar started on them verifies every record chain and re-hashes
 * every stored file ({@code /actuator/integrity}) with the same counts as the original; a file damaged afterwards is
 * found. Needs the built jar and the local MariaDB: {@code -Dit.includes=**}{@code /production/BackupRestoreCheck.java}.
 */
class BackupRestoreCheck {

    static final int PORT = Integer.getInteger("zhifa.backup.port", 18162);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static Map<String, String> dbEnv(String db) {
        return Map.of("ZHIFA_DB_NAME", db, "ZHIFA_DB_HOST", LocalMariaDb.HOST, "ZHIFA_DB_USER", LocalMariaDb.USER,
                "ZHIFA_DB_PASSWORD", LocalMariaDb.PASSWORD);
    }

    private static String script(String name, Map<String, String> env, String arg) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "src/main/ops/" + name, arg).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        int rc = p.waitFor();
        System.out.println(name + " → " + rc + "\n" + out);
        assertThat(rc).as(out).isZero();
        return out;
    }

    private static JarProcess node(Path folder, int port, String db, Path store) {
        return new JarProcess(folder, port, port + 1).env("SPRING_PROFILES_ACTIVE", "mysql")
                .env("ZHIFA_DB_URL", LocalMariaDb.url(db)).env("ZHIFA_DB_USER", LocalMariaDb.USER)
                .env("ZHIFA_DB_PASSWORD", LocalMariaDb.PASSWORD).env("ZHIFA_STORE_ROOT", store.toString())
                .env("ZHIFA_DEMO_DATA", "true").env("ZHIFA_SECURITY_ALLOW_DEFAULT_PASSWORDS", "true")
                .env("ZHIFA_RECORD_SEAL_KEY", LocalMariaDb.SEAL_KEY);
    }

    private static JsonNode integrity(JarProcess app) throws Exception {
        return Api.JSON.readTree(JarProcess.integrity(app.managementPort).body());
    }

    @Test
    void aBackupTakenWhileRunningRestoresIntoAFreshDatabaseAndStoreAndVerifies() throws Exception {
        String original = LocalMariaDb.create("zhifa_production_orig");
        String restored = "zhifa_production_rest_" + Long.toString(System.currentTimeMillis(), 36);
        Path work = Files.createTempDirectory("zhifa-backup-");
        Path storeA = work.resolve("store-a");
        Path storeB = work.resolve("store-b");
        JsonNode before;
        try {
            try (JarProcess a = node(work.resolve("node-a"), PORT, original, storeA).start()) {
                a.awaitReady(Duration.ofMinutes(10));
                Api api = new Api("http://127.0.0.1:" + PORT);
                long o1 = api.json("officer1", DemoData.PASSWORD, "GET", "/api/me", null).json().path("id").asLong();
                long o2 = api.json("officer2", DemoData.PASSWORD, "GET", "/api/me", null).json().path("id").asLong();
                long item = api.json("officer1", DemoData.PASSWORD, "GET", "/api/items", null).json().get(0)
                        .path("id").asLong();
                String today = LocalDate.now(CHINA).toString();
                List<Long> cases = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    Api.Answer lead = api.json("officer1", DemoData.PASSWORD, "POST", "/api/cases", Map.of(
                            "source", "INSPECTION", "summary", "备份测试线索" + i, "location", "朝阳路" + i + "号",
                            "discoveredDate", today, "parties", List.of(Map.of("kind", "NATURAL_PERSON",
                                    "name", "备份当事人" + i, "idType", "ID_CARD", "idNo", "110105199001011234"))));
                    assertThat(lead.ok()).as(lead.body()).isTrue();
                    long id = lead.json().path("id").asLong();
                    cases.add(id);
                    String task = api.json("officer1", DemoData.PASSWORD, "GET", "/api/cases/" + id, null).json()
                            .path("openTasks").get(0).path("taskId").asText();
                    Api.Answer v = api.json("officer1", DemoData.PASSWORD, "POST", "/api/tasks/" + task + "/complete",
                            Map.of("type", "VerifyLead", "recommendFiling", true, "itemId", item, "actDate", today,
                                    "handlerIds", List.of(o1, o2), "opinion", "核查属实"));
                    assertThat(v.ok()).as(v.body()).isTrue();
                    Api.Answer up = api.send("officer1", DemoData.PASSWORD, "POST", "/api/cases/" + id
                            + "/evidence?kind=PHOTO&fileName=scene" + i + ".png&capturedAt="
                            + LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(30).withNano(0) + "&officerIds="
                            + o1 + "&officerIds=" + o2,
                            "image/png", png(i));
                    assertThat(up.ok()).as(up.body()).isTrue();
                }
                before = integrity(a);
                assertThat(before.path("ok").asBoolean()).as(before.toString()).isTrue();
                assertThat(before.path("files").asLong()).isGreaterThanOrEqualTo(3);

                // the backup while the node runs (consistent snapshot + write-once store)
                Map<String, String> env = new java.util.HashMap<>(dbEnv(original));
                env.put("ZHIFA_STORE_ROOT", storeA.toString());
                script("backup.sh", env, work.resolve("backup").toString());
            }
            assertThat(work.resolve("backup/database.sql.gz")).isRegularFile();
            assertThat(work.resolve("backup/MANIFEST")).content().contains("database=" + original);

            Map<String, String> env = new java.util.HashMap<>(dbEnv(restored));
            env.put("ZHIFA_STORE_ROOT", storeB.toString());
            script("restore.sh", env, work.resolve("backup").toString());
            // restoring over existing data is refused
            ProcessBuilder again = new ProcessBuilder("bash", "src/main/ops/restore.sh",
                    work.resolve("backup").toString()).redirectErrorStream(true);
            again.environment().putAll(env);
            Process p = again.start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).isEqualTo(2);
            assertThat(out).contains("restore into a new one");

            try (JarProcess b = node(work.resolve("node-b"), PORT, restored, storeB).start()) {
                b.awaitReady(Duration.ofMinutes(10));
                assertThat(b.logText()).doesNotContain("Demo data seeded"); // the restored users are there
                JsonNode after = integrity(b);
                System.out.println("original: " + before + "\nrestored: " + after);
                assertThat(after.path("ok").asBoolean()).as(after.toString()).isTrue();
                assertThat(after.path("cases").asLong()).isEqualTo(before.path("cases").asLong());
                assertThat(after.path("entries").asLong()).isGreaterThanOrEqualTo(before.path("entries").asLong());
                assertThat(after.path("files").asLong()).isEqualTo(before.path("files").asLong());

                // a damaged file in the restored store is found
                Path victim;
                try (Stream<Path> files = Files.walk(storeB.resolve("evidence/sha256"))) {
                    victim = files.filter(Files::isRegularFile).findFirst().orElseThrow();
                }
                victim.toFile().setWritable(true);
                Files.write(victim, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
                JsonNode damaged = integrity(b);
                assertThat(damaged.path("ok").asBoolean()).isFalse();
                assertThat(damaged.path("failedCases").asLong()).isEqualTo(1);
                assertThat(damaged.path("failures").toString()).contains(victim.getFileName().toString());
            }
        } finally {
            LocalMariaDb.drop(original);
            LocalMariaDb.drop(restored);
        }
    }

    private static byte[] png(int seed) throws Exception {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        java.util.Random r = new java.util.Random(System.nanoTime() + seed);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                img.setRGB(x, y, r.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
