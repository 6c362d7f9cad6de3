package cn.zhifa.shared;

import java.util.Map;

/**
 * Starts a process model of this node's deployment (decision 0042): the engine ports of every module start their
 * models through it. A node starts the version of each model it deployed until it restarts — in a rolling upgrade an
 * old node does not start a newer model its code may not back.
 */
public interface ProcessStarts {

    /**
     * Starts the model {@code key} with the business key and variables (a map, or the engine's typed variables with
     * transient ones) and returns the new instance's id.
     */
    String start(String key, String businessKey, Map<String, Object> variables);

    /** The definition a start of {@code key} uses on this node, or null before the deployment. */
    String definitionOf(String key);
}
