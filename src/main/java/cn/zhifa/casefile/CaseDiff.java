package cn.zhifa.casefile;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The data a step changed, for its record entry: every component of {@link CaseFile} whose value differs before and
 * after the step, as {@code {"field": {"before": …, "after": …}}}. One place covers every step (and every field added
 * to the case later).
 */
final class CaseDiff {

    /** Bookkeeping, not case data. */
    private static final Set<String> IGNORED = Set.of("version");
    /** The compared components, looked up once: reflecting on the record at every step was 3 % of a step's CPU. */
    private static final RecordComponent[] COMPARED = java.util.Arrays.stream(CaseFile.class.getRecordComponents())
            .filter(c -> !IGNORED.contains(c.getName())).toArray(RecordComponent[]::new);
    private static final java.lang.reflect.Method[] ACCESSORS = java.util.Arrays.stream(COMPARED)
            .map(RecordComponent::getAccessor).toArray(java.lang.reflect.Method[]::new);

    private CaseDiff() {
    }

    static Map<String, Object> step(String taskId, String taskKey, CaseFile before, CaseFile after) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", taskId);
        details.put("taskKey", taskKey);
        Map<String, Object> changes = changes(before, after);
        if (!changes.isEmpty()) {
            details.put("changes", changes);
        }
        return details;
    }

    static Map<String, Object> changes(CaseFile before, CaseFile after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < COMPARED.length; i++) {
            Object a = value(ACCESSORS[i], before);
            Object b = value(ACCESSORS[i], after);
            if (!same(a, b)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", a);
                change.put("after", b);
                changes.put(COMPARED[i].getName(), change);
            }
        }
        return changes;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Object value(java.lang.reflect.Method accessor, CaseFile f) {
        try {
            Object v = accessor.invoke(f);
            return v == null || v instanceof Number || v instanceof Boolean ? v : v.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
