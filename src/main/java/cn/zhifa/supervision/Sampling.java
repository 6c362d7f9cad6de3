package cn.zhifa.supervision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Reproducible random sampling (随机抽查, decision 0018): the population is the plan's scope as case ids in ascending
 * order; the draw is {@code Collections.shuffle(population, new java.util.Random(seed))} and its first {@code n}
 * ids. Anyone with a JDK, the stored seed and the stored population re-draws the same cases.
 */
public final class Sampling {

    private Sampling() {
    }

    public static List<Long> draw(List<Long> population, long seed, int n) {
        List<Long> sorted = new ArrayList<>(population);
        Collections.sort(sorted);
        Collections.shuffle(sorted, new Random(seed));
        return List.copyOf(sorted.subList(0, Math.min(Math.max(n, 0), sorted.size())));
    }

    /** The population as stored: ascending ids separated by commas. */
    public static String encode(List<Long> population) {
        List<Long> sorted = new ArrayList<>(population);
        Collections.sort(sorted);
        StringBuilder b = new StringBuilder();
        for (Long id : sorted) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(id);
        }
        return b.toString();
    }

    public static List<Long> decode(String stored) {
        List<Long> out = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return out;
        }
        for (String s : stored.split(",")) {
            out.add(Long.parseLong(s.trim()));
        }
        return out;
    }

    /** SHA-256 (hex) of the encoded population, to show at a glance whether a scope still reads the same cases. */
    public static String sha256(String encoded) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(encoded.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
