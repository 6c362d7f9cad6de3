package cn.zhifa.shared.ui;

import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small helpers every screen uses: notifications, date formats, localised date pickers. */
public final class Ui {

    /** Shown where a value is absent (e.g. the case number before filing). */
    public static final String DASH = "—";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Ui() {
    }

    /** A refusal of a service, in the UI's language, as an error notification; the form stays as it is. */
    public static void refused(Messages messages, DomainException e) {
        error(messages.of(e, locale()));
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("notification-error");
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("notification-success");
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.ZH_CN : ui.getLocale();
    }

    /** The colon after a label in the UI's language: full-width in Chinese, ": " in English. */
    public static String colon() {
        return "zh".equals(locale().getLanguage()) ? "：" : ": ";
    }

    /** A stored text (record summary, notification) in the UI's language; data as typed as stored (decision 0033). */
    public static String text(String stored) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return stored;
        }
        return cn.zhifa.shared.StoredText.render(stored, (k, a) -> ui.getTranslation(k, a));
    }

    public static String date(LocalDate d) {
        return d == null ? DASH : DATE.format(d);
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? DASH : DATE_TIME.format(t);
    }

    public static String orDash(String s) {
        return s == null || s.isBlank() ? DASH : s;
    }

    /** A date picker showing yyyy-MM-dd, with month and weekday names in the given language. */
    public static DatePicker datePicker(String label, Locale locale, String todayText, String cancelText) {
        DatePicker picker = new DatePicker(label);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> shortWeekdays = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        i18n.setWeekdays(weekdays);
        i18n.setWeekdaysShort(shortWeekdays);
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(todayText);
        i18n.setCancel(cancelText);
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        picker.setLocale(locale);
        return picker;
    }
}
