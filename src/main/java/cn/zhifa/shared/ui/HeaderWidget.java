package cn.zhifa.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Contribution point of the shell: a feature puts a component into the header bar of every signed-in screen by
 * declaring a bean of this type (ordered with {@code @Order}; lower first). The shell knows no feature: the signed-in
 * user comes from {@code organization}, the bell from {@code notification}. Menu entries are contributed the Vaadin
 * way, by {@code @Menu} on a feature's view (shown only to those who may open it).
 */
public interface HeaderWidget {

    /** A new component for one shell instance (called once per {@link MainLayout}). */
    Component create();

    /** Whether the component takes the free width of the bar (the signed-in user's name does). */
    default boolean grows() {
        return false;
    }

    /** A header component that re-reads its state after every navigation (e.g. an unread count). */
    interface Refreshing {
        void refresh();
    }
}
