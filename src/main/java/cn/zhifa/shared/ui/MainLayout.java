package cn.zhifa.shared.ui;

import cn.zhifa.shared.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The app shell of every signed-in screen: the application name, the side navigation (the views annotated with
 * {@code @Menu} that the user may open — admin pages only for admins), the features' {@link HeaderWidget}s (who is
 * signed in and in which unit, the notification bell — re-read on every navigation), the language switch and logout.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<HeaderWidget.Refreshing> refreshing = new ArrayList<>();

    public MainLayout(AuthenticationContext authentication, ObjectProvider<HeaderWidget> widgets) {
        setPrimarySection(Section.DRAWER);

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("zhifa-app-name");
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (MenuEntry entry : menuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        addToDrawer(appName, nav);

        Select<Locale> language = new Select<>();
        language.setId("language-switch");
        language.setItems(Messages.ZH_CN, Locale.ENGLISH);
        language.setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "中文");
        language.setValue(Messages.supported(getLocale()));
        language.setAriaLabel(getTranslation("ui.shell.language"));
        language.addClassName("zhifa-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LocaleInitializer.switchTo(UI.getCurrent(), e.getValue());
            }
        });

        // on a phone the label hides (styles.css) and the icon stays, named for screen readers and as a tooltip
        Button logout = new Button(new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        Span logoutLabel = new Span(getTranslation("ui.shell.logout"));
        logoutLabel.addClassName("zhifa-logout-label");
        logout.getElement().appendChild(logoutLabel.getElement());
        logout.setAriaLabel(getTranslation("ui.shell.logout"));
        logout.getElement().setAttribute("title", getTranslation("ui.shell.logout"));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle());
        widgets.orderedStream().forEach(w -> {
            Component c = w.create();
            bar.add(c);
            if (w.grows()) {
                bar.expand(c);
            }
            if (c instanceof HeaderWidget.Refreshing r) {
                refreshing.add(r);
            }
        });
        bar.add(language, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("zhifa-navbar");
        addToNavbar(bar);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshing.forEach(HeaderWidget.Refreshing::refresh);
    }

    private static List<MenuEntry> menuEntries() {
        return MenuConfiguration.getMenuEntries();
    }
}
