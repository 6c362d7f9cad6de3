package cn.zhifa.shared.ui;

import cn.zhifa.shared.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in zh-CN unless the user picked English with the language switch (kept in the session), whatever
 * the browser's language.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String SESSION_LOCALE = "zhifa.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(chosen(e.getUI().getSession())));
    }

    static Locale chosen(VaadinSession session) {
        Object value = session == null ? null : session.getAttribute(SESSION_LOCALE);
        return value instanceof Locale l ? Messages.supported(l) : Messages.ZH_CN;
    }

    /** Switches the language of the session and reloads the page so every text is rendered again. */
    static void switchTo(UI ui, Locale locale) {
        Locale supported = Messages.supported(locale);
        VaadinSession session = ui.getSession();
        session.setAttribute(SESSION_LOCALE, supported);
        session.setLocale(supported);
        ui.setLocale(supported);
        ui.getPage().reload();
    }
}
