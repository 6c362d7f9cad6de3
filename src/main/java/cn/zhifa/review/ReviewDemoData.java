package cn.zhifa.review;

import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo qualification records of the legal reviewers, after {@link cn.zhifa.demo.DemoData}: reviewer1 holds 法律职业资格
 * (appointed 2022), reviewer2 was in post before the 2021 law (appointed 2019, no qualification — still allowed).
 */
@Component
@Order(11)
class ReviewDemoData implements ApplicationRunner {

    private final ReviewerEligibility reviewers;
    private final OrganizationService organization;
    private final boolean enabled;

    ReviewDemoData(ReviewerEligibility reviewers, OrganizationService organization,
            @Value("${zhifa.demo-data:false}") boolean enabled) {
        this.reviewers = reviewers;
        this.organization = organization;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !reviewers.qualifications().isEmpty()) {
            return;
        }
        UserAccount admin = organization.findByUsername("admin").orElse(null);
        if (admin == null) {
            return;
        }
        organization.findByUsername("reviewer1").ifPresent(u -> reviewers.saveQualification(admin.toActor(), u.id(),
                "A20221101000123", LocalDate.of(2022, 3, 1), true));
        organization.findByUsername("reviewer2").ifPresent(u -> reviewers.saveQualification(admin.toActor(), u.id(),
                null, LocalDate.of(2019, 5, 6), false));
    }
}
