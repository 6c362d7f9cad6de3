package cn.zhifa.tasks.ui;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxFilter;
import cn.zhifa.tasks.SavedFilter;
import cn.zhifa.tasks.SavedFilters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * 常用筛选 and the filter of the task list: a saved filter to apply, and behind 筛选 the parts — step, item, party (any
 * part of the name), deadline light, handler — with 清除条件, 保存为常用筛选 and 删除此常用筛选. The procedure is the view's
 * own select (read and set through the two functions). Every change asks the grid to read its page again.
 */
class InboxFilterBar extends HorizontalLayout {

    private final SavedFilters filters;
    private final Messages messages;
    private final Runnable changed;
    private final Supplier<String> getProcedure;
    private final Consumer<String> setProcedure;
    private final Select<SavedFilter> saved = new Select<>();
    private final Select<String> step = new Select<>();
    private final ComboBox<ViolationItem> item = new ComboBox<>();
    private final TextField party = new TextField();
    private final Select<DeadlineLight> light = new Select<>();
    private final ComboBox<UserAccount> handler = new ComboBox<>();
    private final Button delete = new Button(VaadinIcon.TRASH.create());
    private final Details details;
    /** While a saved filter is being applied the fields' own change events do not reload the grid one by one. */
    private boolean applying;

    InboxFilterBar(SavedFilters filters, OrganizationService organization, List<TaskOpener> openers,
            Messages messages, Supplier<String> getProcedure, Consumer<String> setProcedure, Runnable changed) {
        this.getProcedure = getProcedure;
        this.filters = filters;
        this.messages = messages;
        this.changed = changed;
        this.setProcedure = setProcedure;
        setId("inbox-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();

        saved.setId("inbox-saved-filter");
        saved.setAriaLabel(getTranslation("tasks.filter.saved"));
        saved.setPlaceholder(getTranslation("tasks.filter.saved"));
        saved.setEmptySelectionAllowed(true);
        saved.setEmptySelectionCaption(getTranslation("tasks.filter.none"));
        saved.setItemLabelGenerator(f -> f == null ? getTranslation("tasks.filter.none") : f.name());
        saved.addValueChangeListener(e -> {
            if (!applying) {
                apply(e.getValue());
            }
        });
        reloadSaved(null);

        step.setId("inbox-filter-step");
        step.setLabel(getTranslation("tasks.filter.step"));
        List<String> keys = new ArrayList<>();
        keys.add("");
        openers.forEach(o -> o.taskKeys().stream().filter(k -> !keys.contains(k)).forEach(keys::add));
        step.setItems(keys);
        step.setValue("");
        step.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("tasks.filter.any")
                : getTranslation("ui.task." + k));
        item.setId("inbox-filter-item");
        item.setLabel(getTranslation("tasks.filter.item"));
        item.setItems(organization.items(true));
        item.setItemLabelGenerator(ViolationItem::name);
        item.setClearButtonVisible(true);
        party.setId("inbox-filter-party");
        party.setLabel(getTranslation("tasks.filter.party"));
        party.setMaxLength(InboxFilter.PARTY_MAX);
        party.setClearButtonVisible(true);
        party.setValueChangeMode(ValueChangeMode.LAZY);
        light.setId("inbox-filter-light");
        light.setLabel(getTranslation("tasks.filter.light"));
        light.setItems(DeadlineLight.RED, DeadlineLight.YELLOW, DeadlineLight.GREEN);
        light.setEmptySelectionAllowed(true);
        light.setEmptySelectionCaption(getTranslation("tasks.filter.any"));
        light.setItemLabelGenerator(l -> l == null ? getTranslation("tasks.filter.any")
                : getTranslation("tasks.filter.light." + l));
        handler.setId("inbox-filter-handler");
        handler.setLabel(getTranslation("tasks.filter.handler"));
        handler.setItems(organization.users(CurrentActor.get().unitId()).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.OFFICER)).toList());
        handler.setItemLabelGenerator(UserAccount::displayName);
        handler.setClearButtonVisible(true);
        step.addValueChangeListener(e -> partChanged(e.isFromClient()));
        item.addValueChangeListener(e -> partChanged(e.isFromClient()));
        party.addValueChangeListener(e -> partChanged(e.isFromClient()));
        light.addValueChangeListener(e -> partChanged(e.isFromClient()));
        handler.addValueChangeListener(e -> partChanged(e.isFromClient()));
        item.setWidth("12em");
        handler.setWidth("9em");
        party.setWidth("12em");

        Button clear = new Button(getTranslation("tasks.filter.clear"), e -> apply(null));
        clear.setId("inbox-filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button save = new Button(getTranslation("tasks.filter.save"), VaadinIcon.BOOKMARK.create(), e -> askName());
        save.setId("inbox-filter-save");
        delete.setId("inbox-filter-delete");
        delete.setAriaLabel(getTranslation("tasks.filter.delete"));
        delete.setTooltipText(getTranslation("tasks.filter.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setVisible(false);
        delete.addClickListener(e -> deleteSelected());
        HorizontalLayout parts = new HorizontalLayout(step, item, party, light, handler, clear, save);
        parts.setWrap(true);
        parts.setAlignItems(FlexComponent.Alignment.BASELINE);
        details = new Details(getTranslation("tasks.filter.more"), parts);
        details.setId("inbox-filter-details");
        details.setWidthFull();
        add(saved, delete, details);
    }

    /** A part changed: the list reloads; a change by the user means the conditions are no longer the saved filter's. */
    private void partChanged(boolean byUser) {
        if (applying) {
            return;
        }
        if (byUser && saved.getValue() != null) {
            applying = true;
            try {
                saved.clear();
                delete.setVisible(false);
            } finally {
                applying = false;
            }
        }
        changed.run();
    }

    /** The filter the list shows now: the parts and the view's procedure. */
    InboxFilter filter() {
        return new InboxFilter(getProcedure.get(), step.getValue(), item.getValue() == null ? null : item.getValue().id(),
                party.getValue(), light.getValue(), handler.getValue() == null ? null : handler.getValue().id());
    }

    /** Sets every part from a saved filter (or clears them), then reloads the list once. */
    private void apply(SavedFilter f) {
        applying = true;
        try {
            InboxFilter p = f == null ? InboxFilter.NONE : f.filter();
            setProcedure.accept(p.procedure() == null ? "" : p.procedure());
            step.setValue(p.taskKey() == null || !step.getListDataView().contains(p.taskKey()) ? "" : p.taskKey());
            item.setValue(find(item, ViolationItem::id, p.itemId()));
            party.setValue(p.party() == null ? "" : p.party());
            light.setValue(p.light());
            handler.setValue(find(handler, UserAccount::id, p.handlerId()));
            if (f == null) {
                saved.clear();
            }
            delete.setVisible(f != null);
            if (f != null && !p.equals(InboxFilter.procedure(p.procedure()))) {
                details.setOpened(true); // the parts in sight, so the user sees what is filtered
            }
        } finally {
            applying = false;
        }
        changed.run();
    }

    private static <T> T find(ComboBox<T> box, Function<T, Long> id, Long wanted) {
        if (wanted == null) {
            return null;
        }
        return box.getListDataView().getItems().filter(t -> Objects.equals(id.apply(t), wanted)).findFirst()
                .orElse(null);
    }

    private void askName() {
        Dialog dialog = new Dialog();
        dialog.setId("inbox-filter-name-dialog");
        dialog.setHeaderTitle(getTranslation("tasks.filter.save"));
        dialog.setWidth("min(24rem, 95vw)");
        TextField name = new TextField(getTranslation("tasks.filter.name"));
        name.setId("inbox-filter-name");
        name.setMaxLength(SavedFilters.NAME_MAX);
        name.setWidthFull();
        dialog.add(name);
        Button ok = new Button(getTranslation("tasks.dialog.ok"), e -> {
            try {
                SavedFilter s = filters.save(CurrentActor.get(), name.getValue(), filter());
                Ui.success(getTranslation("tasks.filter.savedDone", s.name()));
                dialog.close();
                reloadSaved(s.id());
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        ok.setId("inbox-filter-name-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("tasks.dialog.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        name.focus();
    }

    private void deleteSelected() {
        SavedFilter f = saved.getValue();
        if (f == null) {
            return;
        }
        try {
            filters.delete(CurrentActor.get(), f.id());
            Ui.success(getTranslation("tasks.filter.deletedDone", f.name()));
            reloadSaved(null);
            apply(null);
        } catch (DomainException ex) {
            Ui.refused(messages, ex);
        }
    }

    /** Reads the user's saved filters again and selects {@code selectId} (none when null), without reapplying it. */
    private void reloadSaved(Long selectId) {
        List<SavedFilter> mine = filters.mine(CurrentActor.get());
        applying = true;
        try {
            saved.setItems(mine);
            Map<Long, SavedFilter> byId = mine.stream().collect(Collectors.toMap(SavedFilter::id, f -> f));
            saved.setValue(selectId == null ? null : byId.get(selectId));
        } finally {
            applying = false;
        }
        saved.setVisible(!mine.isEmpty());
        delete.setVisible(selectId != null);
    }
}
