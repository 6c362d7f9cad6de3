package cn.zhifa.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Seals chain heads with an Ed25519 key the database does not hold (decision 0014): the signing key comes from
 * {@code zhifa.record.seal-key} (PEM or base64 PKCS#8, e.g. from the environment as {@code ZHIFA_RECORD_SEAL_KEY}) or
 * {@code zhifa.record.seal-key-file}; without either a development key is generated under ./data on first start —
 * but never in the {@code mysql} profile, which refuses to start without a configured key. Retired keys' public
 * parts ({@code zhifa.record.seal-verify-keys}, PEM files separated by commas) keep verifying the seals they made.
 * A seal is the signature over {@code zhifa-record-head/v1\n<case>\n<seq>\n<hash>}; keys are named by the first 16
 * hex digits of the SHA-256 of their public key (X.509 DER).
 */
@Component
public class RecordSeal {

    public static final String ALGORITHM = "Ed25519";
    private static final Logger log = LoggerFactory.getLogger(RecordSeal.class);

    /** A seal: which key made it, and the signature (base64). */
    public record Seal(String keyId, String signature) {
    }

    private final PrivateKey signingKey;
    private final Ed25519PrivateKeyParameters fastKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final Map<String, PublicKey> verifying = new LinkedHashMap<>();

    RecordSeal(@Value("${zhifa.record.seal-key:}") String key, @Value("${zhifa.record.seal-key-file:}") String keyFile,
            @Value("${zhifa.record.seal-dev-key-file:./data/record-seal-key.pem}") String devKeyFile,
            @Value("${zhifa.record.seal-verify-keys:}") String verifyKeys, Environment env) {
        byte[] pkcs8;
        if (!key.isBlank()) {
            pkcs8 = decode(key, "PRIVATE KEY");
        } else if (!keyFile.isBlank()) {
            pkcs8 = decode(read(keyFile), "PRIVATE KEY");
        } else if (env.acceptsProfiles(Profiles.of("mysql"))) {
            throw new IllegalStateException("No record seal key: with the mysql profile set zhifa.record.seal-key "
                    + "(environment ZHIFA_RECORD_SEAL_KEY, PEM or base64 PKCS#8 Ed25519) or zhifa.record.seal-key-file "
                    + "(e.g. made by `openssl genpkey -algorithm ed25519 -out seal-key.pem`); see decision 0014");
        } else {
            pkcs8 = devKey(Path.of(devKeyFile));
        }
        try {
            this.signingKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The record seal key is not an Ed25519 PKCS#8 private key", e);
        }
        try {
            this.fastKey = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(pkcs8);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("The record seal key is not an Ed25519 PKCS#8 private key", e);
        }
        this.publicKey = publicOf(pkcs8);
        this.keyId = keyId(publicKey);
        verifying.put(keyId, publicKey);
        for (String f : verifyKeys.split(",")) {
            if (!f.isBlank()) {
                PublicKey pk = publicKey(decode(read(f.trim()), "PUBLIC KEY"));
                verifying.put(keyId(pk), pk);
            }
        }
        requireWorking();
        log.info("Record seal key {} ({} verifying key(s))", keyId, verifying.size());
    }

    public String keyId() {
        return keyId;
    }

    /** The current public key as PEM (published beside the checkpoints and in every export). */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** Every verifying key (current first, then retired) as PEM, by key id. */
    public Map<String, String> publicKeysPem() {
        Map<String, String> out = new LinkedHashMap<>();
        verifying.forEach((id, pk) -> out.put(id, pem("PUBLIC KEY", pk.getEncoded())));
        return out;
    }

    /** The public key (X.509 DER, base64) with this id, current or retired; null when unknown. */
    public String publicKeyBase64(String id) {
        PublicKey pk = id == null ? null : verifying.get(id);
        return pk == null ? null : Base64.getEncoder().encodeToString(pk.getEncoded());
    }

    public Seal seal(long caseId, long seq, String hash) {
        return new Seal(keyId, sign(message(caseId, seq, hash)));
    }

    public boolean verify(long caseId, long seq, String hash, String keyId, String signature) {
        return verify(message(caseId, seq, hash), keyId, signature);
    }

    /** The text a head seal signs. */
    public static String message(long caseId, long seq, String hash) {
        return "zhifa-record-head/v1\n" + caseId + "\n" + seq + "\n" + hash;
    }

    /**
     * Ed25519 over the message with Bouncy Castle's signer: byte for byte the JDK's signature (Ed25519 is
     * deterministic, RFC 8032 §5.1.6; {@code RecordSealTest} holds them equal), about twenty times faster than JDK 17's.
     */
    String sign(String message) {
        byte[] m = message.getBytes(StandardCharsets.UTF_8);
        Ed25519Signer s = new Ed25519Signer();
        s.init(true, fastKey);
        s.update(m, 0, m.length);
        return Base64.getEncoder().encodeToString(s.generateSignature());
    }

    /** The same signature made by the JDK's Ed25519 (the reference the fast signer is tested against). */
    String signWithJdk(String message) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(signingKey);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean verify(String message, String keyId, String signature) {
        PublicKey pk = keyId == null ? null : verifying.get(keyId);
        if (pk == null || signature == null) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(pk);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String keyId(PublicKey pk) {
        return RecordCanonical.sha256(pk.getEncoded()).substring(0, 16);
    }

    // ---- key material -------------------------------------------------------------------------------------------

    private void requireWorking() {
        String probe = "zhifa-record-seal-self-test";
        if (!verify(probe, keyId, sign(probe)) || !sign(probe).equals(signWithJdk(probe))) {
            throw new IllegalStateException("The record seal key does not verify its own signature");
        }
    }

    /** The development key: read, or generated once (owner-only permissions where the file system has them). */
    private static byte[] devKey(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file), "PRIVATE KEY");
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            byte[] pkcs8 = pair.getPrivate().getEncoded();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, pem("PRIVATE KEY", pkcs8));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn("Generated a DEVELOPMENT record seal key at {}: configure zhifa.record.seal-key for production "
                    + "(decision 0014)", file.toAbsolutePath());
            return pkcs8;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The public key of an Ed25519 private key: the JDK has no call for it, but its key-pair generator takes the
     * 32-byte private key from the random source, so feeding it the seed regenerates the same pair (RFC 8032 §5.1.5).
     */
    static PublicKey publicOf(byte[] pkcs8) {
        byte[] seed = Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(ALGORITHM);
            g.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            return g.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an Ed25519 public key (X.509 PEM)", e);
        }
    }

    static String read(String location) {
        Resource r = new DefaultResourceLoader().getResource(location.contains(":") && !location.startsWith("/")
                ? location : "file:" + location);
        try (InputStream in = r.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read record seal key " + location + ": " + e.getMessage(), e);
        }
    }

    static byte[] decode(String text, String type) {
        String body = text.replace("-----BEGIN " + type + "-----", "").replace("-----END " + type + "-----", "")
                .replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Record seal key: not PEM or base64 (" + type + ")", e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
