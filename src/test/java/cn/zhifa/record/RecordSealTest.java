package cn.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Seal keys (decision 0014): where they come from, the refusal without one on MySQL, rotation, the dev key. */
class RecordSealTest {

    static final String TEST_KEY = "classpath:record/test-seal-key.pem";
    static final String TEST_PUBLIC = "classpath:record/test-seal-key.pub.pem";

    @TempDir Path tmp;

    private RecordSeal seal(String key, String file, String verify, String... profiles) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profiles);
        return new RecordSeal(key, file, tmp.resolve("data/record-seal-key.pem").toString(), verify, env);
    }

    @Test
    void theKeyFileSealsAndThePublicPartMatchesOpenssl() {
        RecordSeal s = seal("", TEST_KEY, "");
        // the public key derived from the private key is the one openssl derived (test-seal-key.pub.pem)
        assertThat(s.publicKeyPem().replaceAll("\\s", ""))
                .isEqualTo(RecordSeal.read(TEST_PUBLIC).replaceAll("\\s", ""));
        RecordSeal.Seal x = s.seal(12, 41, "a".repeat(64));
        assertThat(x.keyId()).isEqualTo(s.keyId()).hasSize(16);
        assertThat(s.verify(12, 41, "a".repeat(64), x.keyId(), x.signature())).isTrue();
        // any other case, count or hash, or an unknown key: no
        assertThat(s.verify(13, 41, "a".repeat(64), x.keyId(), x.signature())).isFalse();
        assertThat(s.verify(12, 40, "a".repeat(64), x.keyId(), x.signature())).isFalse();
        assertThat(s.verify(12, 41, "b".repeat(64), x.keyId(), x.signature())).isFalse();
        assertThat(s.verify(12, 41, "a".repeat(64), "0123456789abcdef", x.signature())).isFalse();
        assertThat(s.verify(12, 41, "a".repeat(64), x.keyId(), null)).isFalse();
        assertThat(s.verify(12, 41, "a".repeat(64), x.keyId(), "not base64!")).isFalse();
    }

    @Test
    void theFastSignerMakesTheJdksSignaturesByteForByte() {
        for (RecordSeal s : List.of(seal("", TEST_KEY, ""), seal("", "", ""))) { // the test key, a generated dev key
            for (String hash : List.of("a".repeat(64), "0".repeat(64), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")) {
                for (long seq : new long[] {1, 42, Long.MAX_VALUE}) {
                    String m = RecordSeal.message(7, seq, hash);
                    assertThat(s.sign(m)).isEqualTo(s.signWithJdk(m));
                }
            }
        }
    }

    @Test
    void theKeyFromTheEnvironmentAsBase64OrPem() {
        String pem = RecordSeal.read(TEST_KEY);
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        assertThat(seal(base64, "", "").keyId()).isEqualTo(seal(pem, "", "").keyId())
                .isEqualTo(seal("", TEST_KEY, "").keyId());
    }

    @Test
    void theMysqlProfileRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> seal("", "", "", "mysql")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zhifa.record.seal-key").hasMessageContaining("ZHIFA_RECORD_SEAL_KEY");
        assertThat(Files.exists(tmp.resolve("data/record-seal-key.pem"))).isFalse();
        // with a key it starts
        assertThat(seal("", TEST_KEY, "", "mysql").keyId()).hasSize(16);
        assertThatThrownBy(() -> seal("bm90IGEga2V5", "", "")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDevelopmentKeyIsGeneratedOnceUnderData() throws Exception {
        RecordSeal first = seal("", "", "");
        Path file = tmp.resolve("data/record-seal-key.pem");
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        RecordSeal second = seal("", "", "");
        assertThat(second.keyId()).isEqualTo(first.keyId());
        RecordSeal.Seal x = first.seal(1, 1, "c".repeat(64));
        assertThat(second.verify(1, 1, "c".repeat(64), x.keyId(), x.signature())).isTrue();
    }

    @Test
    void afterRotationOldSealsStillVerifyWithTheRetiredPublicKey() throws Exception {
        RecordSeal old = seal("", TEST_KEY, "");
        RecordSeal.Seal oldSeal = old.seal(7, 3, "d".repeat(64));
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String newKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        // the new key alone does not know the old seals …
        assertThat(seal(newKey, "", "").verify(7, 3, "d".repeat(64), oldSeal.keyId(), oldSeal.signature())).isFalse();
        // … with the retired public key listed it does, and seals anew with the new key
        RecordSeal rotated = seal(newKey, "", TEST_PUBLIC);
        assertThat(rotated.keyId()).isNotEqualTo(old.keyId()).isEqualTo(RecordSeal.keyId(pair.getPublic()));
        assertThat(rotated.verify(7, 3, "d".repeat(64), oldSeal.keyId(), oldSeal.signature())).isTrue();
        RecordSeal.Seal fresh = rotated.seal(7, 4, "e".repeat(64));
        assertThat(fresh.keyId()).isEqualTo(rotated.keyId());
        assertThat(rotated.publicKeyBase64(oldSeal.keyId())).isNotNull();
        assertThat(rotated.publicKeyBase64("0123456789abcdef")).isNull();
    }
}
