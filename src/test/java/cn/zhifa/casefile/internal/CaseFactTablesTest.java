package cn.zhifa.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseFactTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Declared fact tables (decision 0041): a bit that is not a fresh power of two from 256 stops the start. */
class CaseFactTablesTest {

    @Test
    void aDeclaredBitMustBeAPowerOfTwoFrom256() {
        assertThatThrownBy(() -> new CaseFactTable("m.read", "t", 128)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseFactTable("m.read", "t", 768)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CaseFactTable("m.read", "t", 256).clearStatement()).isNull();
    }

    @Test
    void declaredTablesJoinTheCaseFilesOwnAndAClashStopsTheStart() {
        assertThat(probe(new CaseFactTable("m.rounds", "legal_review_round", 256)).tables())
                .contains("legal_review_round", "case_payment").hasSize(9);

        CaseFactsProbe sameBit = probe(new CaseFactTable("m.a", "a", 256), new CaseFactTable("m.b", "b", 256));
        assertThatThrownBy(sameBit::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clashes");
        CaseFactsProbe sameTable = probe(new CaseFactTable("m.a", "a", 256), new CaseFactTable("m.b", "a", 512));
        assertThatThrownBy(sameTable::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class);
        CaseFactsProbe ownTable = probe(new CaseFactTable("m.a", "case_payment", 256));
        assertThatThrownBy(ownTable::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class);
    }

    private static CaseFactsProbe probe(CaseFactTable... declared) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < declared.length; i++) {
            beans.addBean("fact" + i, declared[i]);
        }
        return new CaseFactsProbe(beans.getBeanProvider(CaseFactsMapper.class),
                beans.getBeanProvider(CaseFileMapper.class), beans.getBeanProvider(CaseFactTable.class));
    }
}
