package cn.zhifa.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Spring Modulith's and ArchUnit's violation messages into stable keys, so that a test can tell the known,
 * listed violations from new ones without hiding either.
 *
 * <ul>
 * <li>A dependency violation ("Module 'a' depends on non-exposed type T within module 'b'!") is keyed by that line.
 * <li>A cycle is a list of edges; edge {@code a -> b} is keyed once per class of {@code a} that causes it:
 * {@code "a -> b via a.pkg.SomeClass"}. A cycle is known when at least one of its edges is made only of known
 * keys: removing those dependencies breaks it, and no new class has joined that edge.
 * </ul>
 */
final class ViolationKeys {

    private static final Pattern SLICE_BLOCK = Pattern.compile("Dependencies of Slice (\\S+)");
    private static final Pattern TYPE = Pattern.compile("<([a-z][\\w]*(?:\\.[a-z][\\w]*)*\\.[A-Z][\\w$]*)");

    private final String root;

    ViolationKeys(String rootPackage) {
        this.root = rootPackage;
    }

    /** The module (first package segment below the root) of a class name, or null outside the root. */
    String moduleOf(String className) {
        if (!className.startsWith(root + ".")) {
            return null;
        }
        String rest = className.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? null : rest.substring(0, dot);
    }

    /** The violations in {@code messages} that {@code known} does not cover (empty = only known ones). */
    List<String> unknown(List<String> messages, Set<String> known) {
        List<String> out = new ArrayList<>();
        for (String m : messages) {
            if (m.startsWith("Cycle detected")) {
                Map<String, Set<String>> edges = cycleEdges(m);
                boolean broken = edges.values().stream().anyMatch(keys -> known.containsAll(keys));
                if (!broken) {
                    out.add("cycle through " + edges.keySet() + " (no edge of it is fully on the known list): "
                            + edges);
                }
            } else {
                String key = firstLine(m);
                if (!known.contains(key)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Every key the messages produce (to find known entries that no longer occur). */
    Set<String> allKeys(List<String> messages) {
        Set<String> keys = new TreeSet<>();
        for (String m : messages) {
            if (m.startsWith("Cycle detected")) {
                cycleEdges(m).values().forEach(keys::addAll);
            } else {
                keys.add(firstLine(m));
            }
        }
        return keys;
    }

    /** Edge "a -> b" of a cycle message mapped to its keys "a -> b via a.Class". */
    Map<String, Set<String>> cycleEdges(String message) {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        Matcher block = SLICE_BLOCK.matcher(message);
        List<int[]> starts = new ArrayList<>();
        List<String> slices = new ArrayList<>();
        while (block.find()) {
            starts.add(new int[] { block.start() });
            slices.add(block.group(1));
        }
        for (int i = 0; i < slices.size(); i++) {
            int from = starts.get(i)[0];
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : message.length();
            String source = slices.get(i);
            for (String line : message.substring(from, to).split("\n")) {
                String origin = null;
                String target = null;
                Matcher t = TYPE.matcher(line);
                while (t.find()) {
                    String cls = outer(t.group(1));
                    String module = moduleOf(cls);
                    if (origin == null && source.equals(module)) {
                        origin = cls;
                    } else if (module != null && !module.equals(source) && target == null) {
                        target = module;
                    }
                }
                if (origin != null && target != null) {
                    edges.computeIfAbsent(source + " -> " + target, k -> new TreeSet<>())
                            .add(source + " -> " + target + " via " + origin);
                }
            }
        }
        return edges;
    }

    private static String outer(String cls) {
        int dollar = cls.indexOf('$');
        return dollar < 0 ? cls : cls.substring(0, dollar);
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
