package cn.zhifa.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** 登录. */
@Route("login")
@PageTitle("登录 · 执法办案")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.errorTitle"));
        i18n.getErrorMessage().setMessage(getTranslation("login.errorMessage"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (error) {
            // a lockout says so (it does not tell whether the password was right: locked logins are not checked)
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle(getTranslation("login.title"));
            i18n.getForm().setUsername(getTranslation("login.username"));
            i18n.getForm().setPassword(getTranslation("login.password"));
            i18n.getForm().setSubmit(getTranslation("login.submit"));
            i18n.getErrorMessage().setTitle(getTranslation("login.errorTitle"));
            i18n.getErrorMessage().setMessage(getTranslation(lastFailureLocked() ? "auth.locked" : "login.errorMessage"));
            form.setI18n(i18n);
        }
        form.setError(error);
    }

    private static boolean lastFailureLocked() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return false;
        }
        try {
            return session.getSession().getAttribute(org.springframework.security.web.WebAttributes
                    .AUTHENTICATION_EXCEPTION) instanceof org.springframework.security.authentication.LockedException;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
