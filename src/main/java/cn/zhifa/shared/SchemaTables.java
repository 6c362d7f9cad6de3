package cn.zhifa.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.mapping.MappedStatement;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Which of our tables a SQL statement reads or writes, known from the schema's own migrations (every {@code CREATE
 * TABLE} and {@code CREATE VIEW} under {@code db/}): a read depends on every table it names, a view standing for the
 * tables it is defined over; a write changes its target table, and the tables whose foreign keys to it cascade (or
 * set null) on its delete or update. What cannot be told for certain is marked so: a read
 * that locks, names the engine's tables or a function whose value changes ({@link #reads} returns null), a write whose
 * target is not one known table ({@link #writes} returns null: assume everything changed).
 */
final class SchemaTables {

    private static final Pattern TABLE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?[`\"]?(\\w+)[`\"]?");
    private static final Pattern VIEW = Pattern.compile(
            "create\\s+(?:or\\s+replace\\s+)?view\\s+[`\"]?(\\w+)[`\"]?\\s+as\\s+(.*?)(?:;|$)", Pattern.DOTALL);
    /** The engine's tables (act_ru_task, act_hi_actinst, …; not our columns such as act_date). */
    private static final Pattern ENGINE = Pattern.compile("act_(ru|hi|re|ge|id)_\\w+");
    private static final Pattern WORD = Pattern.compile("[a-z_][a-z0-9_]*");
    /** A statement creating or altering a table, up to its end. */
    private static final Pattern TABLE_STATEMENT = Pattern.compile(
            "(?:create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?|alter\\s+table\\s+)[`\"]?(\\w+)[`\"]?([^;]*)");
    /** A foreign key whose parent's change changes the child's rows: an action cascade, set null or set default. */
    private static final Pattern CASCADE = Pattern.compile(
            "references\\s+[`\"]?(\\w+)[`\"]?\\s*\\([^)]*\\)"
                    + "(?:\\s+on\\s+(?:delete|update)\\s+(?:restrict|no\\s+action))*"
                    + "\\s+on\\s+(?:delete|update)\\s+(?:cascade|set\\s+null|set\\s+default)");
    private static final Pattern TARGET = Pattern.compile(
            "^\\s*(?:insert\\s+(?:ignore\\s+)?into|replace\\s+into|merge\\s+into|update|delete\\s+from)\\s+[`\"]?(\\w+)");
    /** Words that make a read's result depend on more than the tables it names, or take locks. */
    private static final Set<String> VOLATILE = Set.of("update", "share", "now", "current_timestamp",
            "current_date", "current_time", "localtimestamp", "sysdate", "rand", "random", "uuid", "nextval",
            "last_insert_id", "identity", "sleep", "get_lock");

    private final Set<String> tables;
    private final Map<String, Set<String>> views;
    /** Parent table → the tables whose rows a write of it changes too (foreign keys that cascade or set null). */
    private final Map<String, Set<String>> cascades;
    private final Map<String, Set<String>> readsBySql = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> writesByStatement = new ConcurrentHashMap<>();
    private static final Set<String> UNKNOWN = Set.of("\0unknown");

    SchemaTables(Set<String> tables, Map<String, String> viewDefinitions) {
        this(tables, viewDefinitions, Map.of());
    }

    SchemaTables(Set<String> tables, Map<String, String> viewDefinitions, Map<String, Set<String>> cascades) {
        this.tables = Set.copyOf(tables);
        Map<String, Set<String>> closed = new HashMap<>();
        for (String parent : cascades.keySet()) {
            Set<String> reached = new LinkedHashSet<>();
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(cascades.get(parent));
            while (!todo.isEmpty()) {
                String child = todo.pop();
                if (reached.add(child)) {
                    todo.addAll(cascades.getOrDefault(child, Set.of()));
                }
            }
            closed.put(parent, Set.copyOf(reached));
        }
        this.cascades = Map.copyOf(closed);
        Map<String, Set<String>> expanded = new HashMap<>();
        for (String view : viewDefinitions.keySet()) {
            expanded.put(view, expand(view, viewDefinitions, new HashSet<>()));
        }
        this.views = Map.copyOf(expanded);
    }

    /** The schema as the migrations on the class path define it (in version order; a later view definition wins). */
    static SchemaTables fromMigrations() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:db/**/V*__*.sql");
            List<Resource> ordered = java.util.Arrays.stream(found)
                    .sorted(Comparator.comparingInt(SchemaTables::version)).toList();
            Set<String> tables = new HashSet<>();
            Map<String, String> views = new HashMap<>();
            Map<String, Set<String>> cascades = new HashMap<>();
            for (Resource r : ordered) {
                String sql;
                try (InputStream in = r.getInputStream()) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                }
                Matcher t = TABLE.matcher(sql);
                while (t.find()) {
                    tables.add(t.group(1));
                }
                Matcher v = VIEW.matcher(sql);
                while (v.find()) {
                    views.put(v.group(1), v.group(2));
                }
                Matcher st = TABLE_STATEMENT.matcher(sql);
                while (st.find()) {
                    Matcher fk = CASCADE.matcher(st.group(2));
                    while (fk.find()) {
                        cascades.computeIfAbsent(fk.group(1), k -> new HashSet<>()).add(st.group(1));
                    }
                }
            }
            return new SchemaTables(tables, views, cascades);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(Resource r) {
        String name = String.valueOf(r.getFilename());
        int end = name.indexOf("__");
        try {
            return Integer.parseInt(name.substring(1, end).replace("_", ""));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The tables under a view, through views it reads; empty if it reads the engine's tables (never kept). */
    private Set<String> expand(String view, Map<String, String> definitions, Set<String> path) {
        Set<String> out = new LinkedHashSet<>();
        if (path.contains(view)) {
            return out; // a cycle (SQL allows none): unknown
        }
        Set<String> seen = new HashSet<>(path);
        seen.add(view);
        Matcher w = WORD.matcher(definitions.get(view));
        while (w.find()) {
            String word = w.group();
            if (ENGINE.matcher(word).matches()) {
                return new LinkedHashSet<>();
            }
            if (definitions.containsKey(word) && !word.equals(view)) {
                Set<String> under = expand(word, definitions, seen);
                if (under.isEmpty()) {
                    return under;
                }
                out.addAll(under);
            } else if (tables.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    Set<String> tables() {
        return tables;
    }

    Set<String> views() {
        return views.keySet();
    }

    /** The tables a read depends on; null if its result may change without a write to them, or if it locks. */
    Set<String> reads(String sql) {
        Set<String> r = readsBySql.get(sql);
        if (r == null) {
            if (readsBySql.size() > 20_000) { // dynamic SQL's variants are few; never let them grow without bound
                readsBySql.clear();
            }
            r = analyseRead(sql);
            readsBySql.put(sql, r);
        }
        return r == UNKNOWN ? null : r;
    }

    private Set<String> analyseRead(String sql) {
        Set<String> out = new HashSet<>();
        Matcher w = WORD.matcher(sql.toLowerCase(Locale.ROOT));
        while (w.find()) {
            String word = w.group();
            if (VOLATILE.contains(word) || ENGINE.matcher(word).matches()) {
                return UNKNOWN;
            }
            Set<String> base = views.get(word);
            if (base != null) {
                if (base.isEmpty()) {
                    return UNKNOWN;
                }
                out.addAll(base);
            } else if (tables.contains(word)) {
                out.add(word);
            }
        }
        return out.isEmpty() ? UNKNOWN : Set.copyOf(out);
    }

    /** The tables a write changes; null if that cannot be told (treat as every table). */
    Set<String> writes(String sql) {
        Set<String> w = analyseWrite(sql);
        return w == UNKNOWN ? null : w;
    }

    /**
     * The tables a mapper's write statement changes, told once per statement (its target does not depend on its
     * parameters); null if that cannot be told.
     */
    Set<String> writes(MappedStatement ms, Object parameter) {
        Set<String> w = writesByStatement.get(ms.getId());
        if (w == null) {
            w = analyseWrite(ms.getBoundSql(parameter).getSql());
            writesByStatement.put(ms.getId(), w);
        }
        return w == UNKNOWN ? null : w;
    }

    private Set<String> analyseWrite(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        Matcher m = TARGET.matcher(lower);
        if (!m.find() || !tables.contains(m.group(1))) {
            return UNKNOWN;
        }
        if (lower.startsWith("update") || lower.startsWith("delete")) {
            // several tables written at once (a join or a list of tables before SET or WHERE): not told
            int end = lower.indexOf(lower.startsWith("update") ? " set " : " where ");
            String head = lower.substring(m.end(), end < 0 ? lower.length() : end);
            if (head.contains(" join ") || head.contains(",")) {
                return UNKNOWN;
            }
        }
        Set<String> children = cascades.get(m.group(1));
        if (children != null) {
            Set<String> out = new HashSet<>(children);
            out.add(m.group(1));
            return Set.copyOf(out);
        }
        return Set.of(m.group(1));
    }
}
