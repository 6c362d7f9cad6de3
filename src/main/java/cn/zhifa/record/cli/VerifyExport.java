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
 * <pre>java src/main/java/cn/zhifa/record/cli/VerifyExport.java case-12-record.zip</pre>
 *
 * Checks every file listed in SHA256SUMS against its SHA-256 (and that no file is unlisted), then the hash chain in
 * record/chain.jsonl: entries 1..N without gaps, each carrying the previous entry's hash, each hash =
 * SHA-256(prev + canonical entry). Prints the first broken entry or file; exit code 0 = intact, 1 = broken, 2 = usage
 * or unreadable ZIP.
 */
public final class VerifyExport {

    static final String GENESIS = "0".repeat(64);
    static final Pattern LINE = Pattern.compile(
            "^\\{\"seq\":(\\d+),\"prev\":\"([0-9a-f]{64})\",\"hash\":\"([0-9a-f]{64})\",\"entry\":(\\{.*\\})\\}$");
    static final Pattern SUM = Pattern.compile("^([0-9a-fA-F]{64}) [ *](.+)$");

    private VerifyExport() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java VerifyExport.java <export.zip>");
            System.exit(2);
        }
        int code;
        try (ZipFile zip = new ZipFile(args[0], StandardCharsets.UTF_8)) {
            code = verify(zip);
        } catch (IOException e) {
            System.err.println("cannot read " + args[0] + ": " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    static int verify(ZipFile zip) throws IOException {
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
            expectedSeq++;
        }
        System.out.println("OK " + (expectedSeq - 1) + " entries, " + files + " files, last hash " + prev);
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
