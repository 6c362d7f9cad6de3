package cn.zhifa.deliberation.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.ui.CasePanels;
import cn.zhifa.deliberation.ItemStatus;
import cn.zhifa.deliberation.Meeting;
import cn.zhifa.deliberation.DeliberationService;
import cn.zhifa.deliberation.VoteChoice;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The case workspace's 集体讨论 section: each meeting on the case, every head's vote (dissent marked), the resolution. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(30)
class DeliberationCaseSection implements CasePanels {

    private final DeliberationService deliberations;
    private final Messages messages;

    DeliberationCaseSection(DeliberationService deliberations, Messages messages) {
        this.deliberations = deliberations;
        this.messages = messages;
    }

    @Override
    public Optional<Component> workspaceSection(Actor actor, CaseFile caseFile) {
        List<Meeting> meetings = deliberations.historyOfCase(actor, caseFile.id());
        if (meetings.isEmpty()) {
            return Optional.empty();
        }
        Locale l = Ui.locale();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("case-deliberations");
        for (Meeting m : meetings) {
            Meeting.Item item = m.itemOfCase(caseFile.id()).orElseThrow();
            Anchor link = new Anchor("deliberations/" + m.id(), messages.get("ui.delib.historyMeeting", l,
                    Ui.dateTime(m.scheduledAt()), m.place(), messages.get("deliberation.status." + m.status(), l)));
            box.add(link);
            for (Meeting.Vote v : m.votesOf(item.id())) {
                Div line = new Div(new Span(v.voterName() + Ui.colon() + messages.get("deliberation.choice." + v.choice(), l)
                        + (v.choice() == VoteChoice.DISAGREE ? "（" + messages.get("ui.delib.dissent", l) + "）" : "")
                        + " — " + v.opinion()));
                line.addClassName(v.choice() == VoteChoice.DISAGREE ? "delib-dissent" : "delib-vote");
                box.add(line);
            }
            if (item.status() != ItemStatus.OPEN) {
                box.add(new Span(messages.get("deliberation.item." + item.status(), l) + Ui.colon()
                        + Ui.orDash(item.resolutionText())));
            }
        }
        H3 title = new H3(messages.get("ui.delib.history", l));
        title.addClassName("zhifa-section-title");
        VerticalLayout section = new VerticalLayout(title, box);
        section.setPadding(false);
        return Optional.of(section);
    }
}
