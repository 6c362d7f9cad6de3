package cn.zhifa.casefile;

import java.util.List;

/**
 * Other features' records linked to a case (e.g. the complaint an ordinary case came from, 诉转案), shown on the case
 * workspace. Implemented by those features, so the case file does not depend on them.
 */
public interface CaseLinks {

    /** A link: its label (already translated by the caller's message key), a human-readable reference and a route. */
    record CaseLink(String labelKey, String reference, String route) {
    }

    List<CaseLink> linksOf(long caseId);
}
