package cn.zhifa.casefile;

import java.util.Map;

/**
 * The case's full-process record (执法全过程记录, 行政处罚法 Art. 47): every action on a case lands here, inside the
 * caller's transaction. Features outside casefile append through this interface; casefile's own services append
 * through the same mechanism.
 */
public interface CaseRecord {

    /**
     * @param action  a code with a label {@code ui.action.<code>} in the message bundles
     * @param actorId the user, or null for the system (timers, engine)
     * @param summary a short human-readable line (zh-CN), may be null
     * @param details structured content of the action (ids, before/after values, hashes), may be empty
     */
    void append(long caseId, String action, Long actorId, String summary, Map<String, ?> details);
}
