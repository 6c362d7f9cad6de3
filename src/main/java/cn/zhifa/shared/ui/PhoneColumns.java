package cn.zhifa.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A grid on a phone: at a window width of {@value #PHONE_MAX_WIDTH} px or less only the columns that matter there
 * stay, first and in the order given (e.g. the inbox keeps its case, deadline chip, step and buttons); wider, every
 * column in its own order. Follows the window as it is resized or turned. The grid carries {@code data-phone}.
 */
public final class PhoneColumns {

    /** The widest window treated as a phone (CSS px); the theme's phone rules use the same width. */
    public static final int PHONE_MAX_WIDTH = 640;

    private PhoneColumns() {
    }

    /** Keeps only the columns with these keys (in this order) on a phone; call after the columns are added. */
    public static <T> void keep(Grid<T> grid, List<String> phoneKeys) {
        keep(grid, phoneKeys, phone -> { });
    }

    /**
     * {@link #keep(Grid, List)}, telling {@code modeChanged} when the grid turns phone or wide (before the columns
     * change), so a view can lay a row out as a card on a phone.
     */
    public static <T> void keep(Grid<T> grid, List<String> phoneKeys, Consumer<Boolean> modeChanged) {
        List<Grid.Column<T>> wide = List.copyOf(grid.getColumns());
        Registration[] resize = new Registration[1];
        Boolean[] mode = new Boolean[1];
        IntConsumer follow = width -> {
            boolean phone = width > 0 && width <= PHONE_MAX_WIDTH;
            if (!Boolean.valueOf(phone).equals(mode[0])) {
                mode[0] = phone;
                modeChanged.accept(phone);
            }
            apply(grid, wide, phoneKeys, width);
        };
        grid.addAttachListener(a -> {
            Page page = a.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> follow.accept(d.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(e -> follow.accept(e.getWidth()));
        });
        grid.addDetachListener(d -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }

    static <T> void apply(Grid<T> grid, List<Grid.Column<T>> wide, List<String> phoneKeys, int width) {
        boolean phone = width > 0 && width <= PHONE_MAX_WIDTH;
        List<Grid.Column<T>> order = new ArrayList<>();
        if (phone) {
            phoneKeys.forEach(k -> wide.stream().filter(c -> k.equals(c.getKey())).findFirst().ifPresent(order::add));
        }
        wide.stream().filter(c -> !order.contains(c)).forEach(order::add);
        wide.forEach(c -> c.setVisible(!phone || c.getKey() != null && phoneKeys.contains(c.getKey())));
        grid.setColumnOrder(order);
        grid.getElement().setAttribute("data-phone", String.valueOf(phone));
    }
}
