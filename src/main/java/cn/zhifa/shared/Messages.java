package cn.zhifa.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Resolves message keys in the user's language: zh-CN first, English second. */
@Component
public class Messages {

    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Locale locale, Object... args) {
        try {
            return source.getMessage(key, args, supported(locale));
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    /** The refusal's message; arguments that name a field ("summary") are shown by their label. */
    public String of(DomainException e, Locale locale) {
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.matches("[a-zA-Z]+")) {
                String label = get("field.name." + s, locale);
                if (!label.startsWith("field.name.")) {
                    args[i] = label;
                }
            }
        }
        return get(e.code(), locale, args);
    }

    /** A stored text ({@link StoredText}) in the reader's language; data and texts stored before it as stored. */
    public String render(String stored, Locale locale) {
        return StoredText.render(stored, (k, a) -> get(k, locale, a));
    }

    /**
     * A stored text in the language of the current web request (its Accept-Language), zh-CN outside a request (the
     * record export, documents, jobs).
     */
    public String render(String stored) {
        var context = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        return render(stored, context == null ? ZH_CN : context.getLocale());
    }

    /** zh-CN unless the caller asks for English. */
    public static Locale supported(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return ZH_CN;
    }
}
