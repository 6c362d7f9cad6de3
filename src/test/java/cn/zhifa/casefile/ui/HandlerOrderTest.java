package cn.zhifa.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlerOrderTest {

    @Test
    void firstPickedLeadsWhateverTheSetOrder() {
        HandlerOrder order = new HandlerOrder();
        order.update(List.of(7L));
        order.update(new LinkedHashSet<>(List.of(3L, 7L)));
        assertThat(order.ids()).containsExactly(7L, 3L);
        assertThat(order.lead()).isEqualTo(7L);
    }

    @Test
    void removingTheLeadPromotesTheNext() {
        HandlerOrder order = new HandlerOrder();
        order.update(List.of(1L));
        order.update(List.of(1L, 2L));
        order.update(List.of(1L, 2L, 3L));
        order.update(List.of(2L, 3L));
        assertThat(order.ids()).containsExactly(2L, 3L);
        order.update(List.of());
        assertThat(order.lead()).isNull();
    }
}
