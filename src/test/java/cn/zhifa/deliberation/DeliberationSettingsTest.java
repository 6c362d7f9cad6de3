package cn.zhifa.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.deliberation.DeliberationSettings.Majority;
import org.junit.jupiter.api.Test;

/** The local meeting rules: quorum share rounded up, and the majority a resolution needs. */
class DeliberationSettingsTest {

    @Test
    void twoThirdsOfTheHeadsRoundedUp() {
        DeliberationSettings s = new DeliberationSettings("2/3", true, Majority.MORE_THAN_HALF);
        assertThat(s.quorum(1)).isEqualTo(1);
        assertThat(s.quorum(2)).isEqualTo(2);
        assertThat(s.quorum(3)).isEqualTo(2);
        assertThat(s.quorum(4)).isEqualTo(3);
        assertThat(s.quorum(5)).isEqualTo(4);
        assertThat(s.quorum(6)).isEqualTo(4);
        assertThat(s.quorum(0)).isEqualTo(1);
        assertThat(new DeliberationSettings(" 1/2 ", false, Majority.MORE_THAN_HALF).quorum(5)).isEqualTo(3);
        assertThat(new DeliberationSettings("1", false, Majority.MORE_THAN_HALF).quorum(5)).isEqualTo(5);
    }

    @Test
    void moreThanHalfNeedsAStrictMajorityAndATieAdoptsNothing() {
        DeliberationSettings s = new DeliberationSettings("2/3", true, Majority.MORE_THAN_HALF);
        assertThat(s.adopts(2, 3)).isTrue();
        assertThat(s.adopts(1, 3)).isFalse();
        assertThat(s.adopts(2, 4)).isFalse();
        assertThat(s.adopts(3, 4)).isTrue();
        assertThat(s.needed(3)).isEqualTo(2);
        assertThat(s.needed(4)).isEqualTo(3);
    }

    @Test
    void twoThirdsMajority() {
        DeliberationSettings s = new DeliberationSettings("2/3", true, Majority.TWO_THIRDS);
        assertThat(s.adopts(2, 3)).isTrue();
        assertThat(s.adopts(2, 4)).isFalse();
        assertThat(s.adopts(3, 4)).isTrue();
        assertThat(s.needed(5)).isEqualTo(4);
    }

    @Test
    void aMalformedQuorumStopsTheStart() {
        assertThatThrownBy(() -> new DeliberationSettings("two thirds", true, Majority.MORE_THAN_HALF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2/3");
        assertThatThrownBy(() -> new DeliberationSettings("4/3", true, Majority.MORE_THAN_HALF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliberationSettings("0/3", true, Majority.MORE_THAN_HALF))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
