package cn.zhifa.review;

import cn.zhifa.casefile.CaseFactTable;
import cn.zhifa.review.internal.ReviewMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This module's tables that most cases have no rows in, read by the case's id at steps (the pre-audit's review
 * outcomes, the guards, the documents' fields): a case without a legal review, an advance notice or a hearing is
 * answered from its row's bits without a statement, and its stored requirements are not deleted when it has none
 * (decision 0041). V395 set the bits of the rows already there; the bits are fixed.
 */
@Configuration(proxyBeanMethods = false)
class ReviewFactTables {

    private static final String MAPPER = ReviewMapper.class.getName() + ".";

    @Bean
    CaseFactTable legalReviewRounds() {
        return new CaseFactTable(MAPPER + "rounds", "legal_review_round", 256);
    }

    @Bean
    CaseFactTable advanceNotices() {
        return new CaseFactTable(MAPPER + "latestNotice", "advance_notice", 512);
    }

    @Bean
    CaseFactTable hearings() {
        return new CaseFactTable(MAPPER + "latestHearing", "case_hearing", 1024);
    }

    /** The stored requirements: re-evaluating a case that has none deletes nothing, without a statement. */
    @Bean
    CaseFactTable requirements() {
        return new CaseFactTable(MAPPER + "requirements", MAPPER + "deleteRequirements", "case_requirement", 2048);
    }
}
