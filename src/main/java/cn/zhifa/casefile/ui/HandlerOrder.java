package cn.zhifa.casefile.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Keeps the handlers in the order they were picked: the first is 主办 (LEAD), the others 协办. A multi-select's
 * value is a set, so the order is tracked here from each new selection.
 */
final class HandlerOrder {

    private final List<Long> order = new ArrayList<>();

    /** Takes the new selection: removed ids drop out, new ids go to the end, kept ids keep their place. */
    void update(Collection<Long> selected) {
        order.retainAll(selected);
        for (Long id : selected) {
            if (!order.contains(id)) {
                order.add(id);
            }
        }
    }

    List<Long> ids() {
        return List.copyOf(order);
    }

    Long lead() {
        return order.isEmpty() ? null : order.get(0);
    }
}
