package cn.zhifa.casefile;

import java.util.List;

/**
 * Which remedies concern the case's current decision: after 撤销并责令重新作出 (decision 0029) the remedies against the
 * revoked decision stay on the file, but what is owed, the finality and the remedy windows of the new decision follow
 * only the remedies recorded after the order.
 */
final class Redo {

    private Redo() {
    }

    /** The last remedy that ordered a new decision (null: none), in the order recorded. */
    static Remedy lastOrder(List<Remedy> remedies) {
        Remedy last = null;
        for (Remedy r : remedies) {
            if (r.redoOrdered()) {
                last = r;
            }
        }
        return last;
    }

    /** The remedies recorded after the last order to decide anew (all of them when there was none). */
    static List<Remedy> current(List<Remedy> remedies) {
        Remedy last = lastOrder(remedies);
        return last == null ? remedies : remedies.stream().filter(r -> r.id() > last.id()).toList();
    }
}
