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
 * @param tiers the item's active discretion tiers for the party's kind (调查终结报告), else empty
 * @param organisation whether the party is an organisation (the kind the tiers are for)
 */
record FormContext(CaseFile caseFile, List<ViolationItem> items, List<UserAccount> officers, LocalDate today,
        Locale locale, CollectiveDeliberation.Resolution resolution,
        List<cn.zhifa.organization.DiscretionBenchmark> tiers, boolean organisation) {

    FormContext {
        items = List.copyOf(items);
        officers = List.copyOf(officers);
        tiers = List.copyOf(tiers);
    }

    /** Without discretion tiers (every step but 调查终结报告). */
    FormContext(CaseFile caseFile, List<ViolationItem> items, List<UserAccount> officers, LocalDate today,
            Locale locale, CollectiveDeliberation.Resolution resolution) {
        this(caseFile, items, officers, today, locale, resolution, List.of(), false);
    }

    /** Without a heads' resolution (every step but 集体讨论). */
    FormContext(CaseFile caseFile, List<ViolationItem> items, List<UserAccount> officers, LocalDate today,
            Locale locale) {
        this(caseFile, items, officers, today, locale, null);
    }
}
