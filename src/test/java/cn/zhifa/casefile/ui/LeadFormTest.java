package cn.zhifa.casefile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.NewLead;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.shared.Messages;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LeadFormTest {

    @Test
    void buildsTheLeadAndSkipsAnUntouchedSecondParty() {
        LeadForm form = new LeadForm(List.of(StepFormsTest.ROAD), StepFormsTest.TODAY, Messages.ZH_CN);
        form.source.setValue(LeadSource.HOTLINE_12345);
        form.summary.setValue(" 门前占道经营 ");
        form.item.setValue(StepFormsTest.ROAD);
        PartyEditor first = form.parties.get(0);
        first.name.setValue("刘某某");
        first.idNo.setValue("110105198803041234");
        form.addParty.click();
        assertThat(form.parties).hasSize(2);
        AtomicReference<NewLead> got = new AtomicReference<>();
        form.addSubmitListener(e -> got.set(e.lead()));
        form.submit.click();
        assertThat(got.get()).isEqualTo(new NewLead(LeadSource.HOTLINE_12345, "门前占道经营", null,
                StepFormsTest.TODAY, null, StepFormsTest.ROAD.id(), List.of(new Party(PartyKind.NATURAL_PERSON,
                        "刘某某", IdType.ID_CARD, "110105198803041234", null, null))));
    }

    @Test
    void missingRequiredFieldsAreMarkedAndNothingIsRaised() {
        LeadForm form = new LeadForm(List.of(), StepFormsTest.TODAY, Messages.ZH_CN);
        AtomicReference<NewLead> got = new AtomicReference<>();
        form.addSubmitListener(e -> got.set(e.lead()));
        form.submit.click();
        assertThat(got.get()).isNull();
        assertThat(form.source.isInvalid()).isTrue();
        assertThat(form.summary.isInvalid()).isTrue();
        assertThat(form.parties.get(0).name.isInvalid()).isTrue();
        assertThat(form.discovered.isInvalid()).isFalse();
    }

    @Test
    void anOrganisationGetsTheCreditCodeType() {
        PartyEditor party = new PartyEditor(0);
        party.kind.setValue(PartyKind.ORGANIZATION);
        assertThat(party.idType.getValue()).isEqualTo(IdType.CREDIT_CODE);
    }
}
