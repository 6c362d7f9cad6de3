package cn.zhifa.shared.ui;

import cn.zhifa.shared.Messages;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Vaadin's {@code getTranslation} reads the same bundles as the services: zh-CN first, English second. */
@Component
class MessagesI18nProvider implements I18NProvider {

    private final Messages messages;

    MessagesI18nProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Messages.ZH_CN, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(key, locale, params);
    }
}
