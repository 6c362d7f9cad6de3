package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
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
 */
record FormContext(CaseFile caseFile, List<ViolationItem> items, List<UserAccount> officers, LocalDate today,
        Locale locale) {

    FormContext {
        items = List.copyOf(items);
        officers = List.copyOf(officers);
    }
}
