package cn.zhifa.organization.ui;

import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.ui.HeaderWidget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.springframework.core.annotation.Order;

/** The shell's header: who is signed in and in which unit (takes the free width of the bar). */
@org.springframework.stereotype.Component
@Order(0)
class SignedInUserWidget implements HeaderWidget {

    private final OrganizationService organization;

    SignedInUserWidget(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public Component create() {
        Actor actor = CurrentActor.get();
        String unitName;
        try {
            unitName = organization.unit(actor.unitId()).name();
        } catch (DomainException e) {
            unitName = "";
        }
        // one line, cut with an ellipsis when narrow (styles.css): the name first, the unit after it
        Span name = new Span(actor.displayName());
        name.addClassName("zhifa-current-user-name");
        Span who = new Span(name);
        if (!unitName.isEmpty()) {
            Span unit = new Span(" · " + unitName);
            unit.addClassName("zhifa-current-user-unit");
            who.add(unit);
        }
        who.setId("current-user");
        who.addClassName("zhifa-current-user");
        who.getElement().setAttribute("title", actor.displayName() + (unitName.isEmpty() ? "" : " · " + unitName));
        return who;
    }

    @Override
    public boolean grows() {
        return true;
    }
}
