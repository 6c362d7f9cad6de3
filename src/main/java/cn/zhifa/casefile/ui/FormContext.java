package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CollectiveDeliberation;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.organization.ViolationItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a step form needs to show its choices and defaults; the view reads it from the services so the forms never
 * call one.
 *
 * @param items the active violation items
 * @param officers the officers of the case's unit who may be handlers today
 * @param resolution the case's confirmed resolution of the heads (集体讨论), or null
 */
record FormContext(CaseFile caseFile, List<ViolationItem> items, List<UserAccount> officers, LocalDate today,
        Locale locale, CollectiveDeliberation.Resolution resolution) {

    FormContext {
        items = List.copyOf(items);
        officers = List.copyOf(officers);
    }

    /** Without a heads' resolution (every step but 集体讨论). */
    FormContext(CaseFile caseFile, List<ViolationItem> items, List<UserAccount> officers, LocalDate today,
            Locale locale) {
        this(caseFile, items, officers, today, locale, null);
    }
}
