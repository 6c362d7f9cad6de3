package cn.zhifa.record.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Offline verifier of a Zhifa record export (JDK only, no other dependency):
 *
 * <pre>java src/main/java/cn/zhifa/record/cli/VerifyExport.java [--public-key agency-key.pem] case-12-record.zip</pre>
 *
 * Checks every file listed in SHA256SUMS against its SHA-256 (and that no file is unlisted), then the hash chain in
 * record/chain.jsonl: entries 1..N without gaps, each carrying the previous entry's hash, each hash =
 * SHA-256(prev + canonical entry), then the seal in record/seal.json (decision 0014): an Ed25519 signature over
 * {@code zhifa-record-head/v1\n<case>\n<seq>\n<hash>} of the last entry, checked with the given public key (the
 * agency's published key: a forger cannot make it) or else with the key in the export (then compare the printed key
 * id with the published one). Prints the first broken entry or file; exit code 0 = intact, 1 = broken, 2 = usage or
 * unreadable ZIP or key.
 */
public final class VerifyExport {

    static final String GENESIS = "0".repeat(64);
    static final Pattern LINE = Pattern.compile(
            "^\\{\"seq\":(\\d+),\"prev\":\"([0-9a-f]{64})\",\"hash\":\"([0-9a-f]{64})\",\"entry\":(\\{.*\\})\\}$");
    static final Pattern SUM = Pattern.compile("^([0-9a-fA-F]{64}) [ *](.+)$");

    private VerifyExport() {
    }

    static final Pattern SEAL = Pattern.compile("^\\{\"alg\":\"Ed25519\",\"case\":(\\d+),\"seq\":(\\d+),\"hash\":\"([0-9a-f]{64})\","
            + "\"key\":\"([0-9a-f]{16})\",\"sig\":\"([A-Za-z0-9+/=]+)\",\"publicKey\":\"([A-Za-z0-9+/=]+)\"\\}\\s*$");

    public static void main(String[] args) {
        String keyFile = null;
        String zipFile = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--public-key") && i + 1 < args.length) {
                keyFile = args[++i];
            } else if (zipFile == null && !args[i].startsWith("--")) {
                zipFile = args[i];
            } else {
                zipFile = null;
                break;
            }
        }
        if (zipFile == null) {
            System.err.println("usage: java VerifyExport.java [--public-key agency-key.pem] <export.zip>");
            System.exit(2);
        }
        int code;
        try (ZipFile zip = new ZipFile(zipFile, StandardCharsets.UTF_8)) {
            byte[] trusted = keyFile == null ? null : java.util.Base64.getDecoder().decode(
                    java.nio.file.Files.readString(java.nio.file.Path.of(keyFile))
                            .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", ""));
            code = verify(zip, trusted);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("cannot read " + zipFile + (keyFile == null ? "" : " or " + keyFile) + ": "
                    + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    static int verify(ZipFile zip) throws IOException {
        return verify(zip, null);
    }

    /** @param trustedKey the agency's published public key (X.509 DER), or null to use the key in the export */
    static int verify(ZipFile zip, byte[] trustedKey) throws IOException {
        ZipEntry sums = zip.getEntry("SHA256SUMS");
        if (sums == null) {
            System.out.println("BROKEN file SHA256SUMS: missing");
            return 1;
        }
        List<String> listed = new ArrayList<>();
        int files = 0;
        for (String line : lines(zip, sums)) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = SUM.matcher(line);
            if (!m.matches()) {
                System.out.println("BROKEN file SHA256SUMS: unreadable line: " + line);
                return 1;
            }
            String expected = m.group(1).toLowerCase();
            String path = m.group(2);
            listed.add(path);
            ZipEntry e = zip.getEntry(path);
            if (e == null) {
                System.out.println("BROKEN file " + path + ": missing (expected " + expected + ")");
                return 1;
            }
            String actual = sha256(zip.getInputStream(e));
            if (!actual.equals(expected)) {
                System.out.println("BROKEN file " + path + ": expected " + expected + ", actual " + actual);
                return 1;
            }
            files++;
        }
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (!e.isDirectory() && !e.getName().equals("SHA256SUMS") && !listed.contains(e.getName())) {
                System.out.println("BROKEN file " + e.getName() + ": not listed in SHA256SUMS");
                return 1;
            }
        }
        ZipEntry chain = zip.getEntry("record/chain.jsonl");
        if (chain == null) {
            System.out.println("BROKEN file record/chain.jsonl: missing");
            return 1;
        }
        String prev = GENESIS;
        long expectedSeq = 1;
        String lastEntry = null;
        for (String line : lines(zip, chain)) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                System.out.println("BROKEN entry " + expectedSeq + ": unreadable line");
                return 1;
            }
            long seq = Long.parseLong(m.group(1));
            String entry = m.group(4);
            if (seq != expectedSeq || !entry.contains(",\"seq\":" + seq + ",")) {
                System.out.println("BROKEN entry " + expectedSeq + ": missing or out of order (found " + seq + ")");
                return 1;
            }
            String hash = sha256((m.group(2) + entry).getBytes(StandardCharsets.UTF_8));
            if (!hash.equals(m.group(3))) {
                System.out.println("BROKEN entry " + seq + ": content changed (recorded " + m.group(3)
                        + ", content hashes to " + hash + ")");
                return 1;
            }
            if (!m.group(2).equals(prev)) {
                System.out.println("BROKEN entry " + seq + ": does not carry the hash of entry " + (seq - 1));
                return 1;
            }
            prev = hash;
            lastEntry = entry;
            expectedSeq++;
        }
        long last = expectedSeq - 1;
        ZipEntry sealEntry = zip.getEntry("record/seal.json");
        if (sealEntry == null) {
            System.out.println("OK " + last + " entries, " + files + " files, last hash " + prev
                    + " (no seal: exported before sealing)");
            return 0;
        }
        Matcher s = SEAL.matcher(String.join("\n", lines(zip, sealEntry)));
        if (!s.matches()) {
            System.out.println("BROKEN seal: record/seal.json unreadable");
            return 1;
        }
        long caseId = Long.parseLong(s.group(1));
        if (Long.parseLong(s.group(2)) != last || !s.group(3).equals(prev)
                || (lastEntry != null && !lastEntry.contains(",\"case\":" + caseId + ","))) {
            System.out.println("BROKEN seal: sealed entry " + s.group(2) + " (" + s.group(3) + ") of case " + caseId
                    + ", the chain ends at entry " + last + " (" + prev + ")");
            return 1;
        }
        byte[] key = trustedKey != null ? trustedKey : java.util.Base64.getDecoder().decode(s.group(6));
        String keyId = sha256(key).substring(0, 16);
        if (!keyId.equals(s.group(4))) {
            System.out.println("BROKEN seal: sealed with key " + s.group(4) + ", " + (trustedKey != null
                    ? "not with the given public key " + keyId : "but the export's public key is " + keyId));
            return 1;
        }
        try {
            java.security.Signature v = java.security.Signature.getInstance("Ed25519");
            v.initVerify(java.security.KeyFactory.getInstance("Ed25519")
                    .generatePublic(new java.security.spec.X509EncodedKeySpec(key)));
            v.update(("zhifa-record-head/v1\n" + caseId + "\n" + last + "\n" + prev).getBytes(StandardCharsets.UTF_8));
            if (!v.verify(java.util.Base64.getDecoder().decode(s.group(5)))) {
                System.out.println("BROKEN seal: the signature does not match entry " + last + " of case " + caseId);
                return 1;
            }
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            System.out.println("BROKEN seal: " + e.getMessage());
            return 1;
        }
        System.out.println("OK " + last + " entries, " + files + " files, last hash " + prev + ", sealed by key "
                + keyId + (trustedKey != null ? " (the given public key)"
                        : " (key from the export itself: compare this key id with the one the agency publishes)"));
        return 0;
    }

    private static List<String> lines(ZipFile zip, ZipEntry e) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(e),
                StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    /** SHA-256 (lower-case hex) of a stream, read to its end and closed. */
    public static String sha256(InputStream in) throws IOException {
        try (DigestInputStream d = new DigestInputStream(in, digest())) {
            d.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.getMessageDigest().digest());
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
