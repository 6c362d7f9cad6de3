package cn.zhifa.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;

/** The application shell: the {@code zhifa} theme (Lumo plus {@code ui/themes/zhifa/styles.css}, no npm build). */
@Theme("zhifa")
public class AppShell implements AppShellConfigurator {
}
