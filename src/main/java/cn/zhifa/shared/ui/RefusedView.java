package cn.zhifa.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * A refused or unknown page: an explanation in the user's language (zh-CN first) with a way back to the start page,
 * never the framework's route list or an English "Access is denied". Plain (no shell), so it also works for a
 * session that is no longer signed in.
 */
public final class RefusedView {

    private RefusedView() {
    }

    static VerticalLayout page(VerticalLayout v, String title, String text) {
        v.removeAll();
        v.setId("refused-page");
        v.setAlignItems(VerticalLayout.Alignment.CENTER);
        H2 h = new H2(title);
        h.setId("refused-title");
        Anchor back = new Anchor("", v.getTranslation("sv.refused.back"));
        back.setId("refused-back");
        v.add(h, new Paragraph(text), back);
        return v;
    }

    /** The user lacks the role a page needs. */
    @PermitAll
    public static class Denied extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            page(this, getTranslation("sv.refused.title"), getTranslation("sv.refused.text"));
            return HttpStatusCode.FORBIDDEN.getCode();
        }
    }

    /** No such page — or one the user may not open (the access check answers "not found" in production mode). */
    @PermitAll
    public static class NotFound extends VerticalLayout implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            page(this, getTranslation("sv.notFound.title"), getTranslation("sv.notFound.text"));
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }
}
