package cn.zhifa.publication;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Local settings of publicity: display period (default 5 years, 2 for natural persons — no national rule, 裕华区
 * example), the name rule for natural persons, the complaint channels shown on the portal, public rate limit.
 */
@Component
public class PublicationSettings {

    private final int displayYears;
    private final int displayYearsNaturalPerson;
    private final Redactor.NameRule nameRule;
    private final List<String> complaintChannels;
    private final int searchBurst;
    private final double searchPerSecond;

    public PublicationSettings(@Value("${zhifa.publication.display-years:5}") int displayYears,
            @Value("${zhifa.publication.display-years-natural-person:2}") int displayYearsNaturalPerson,
            @Value("${zhifa.publication.name-rule:SURNAME_MOUMOU}") Redactor.NameRule nameRule,
            @Value("${zhifa.publication.complaint-channels:12345政务服务便民热线;信访接待：工作日 9:00–17:00 到本机关接待室}")
            String complaintChannels,
            @Value("${zhifa.publication.search-burst:30}") int searchBurst,
            @Value("${zhifa.publication.search-per-second:2}") double searchPerSecond) {
        this.displayYears = displayYears;
        this.displayYearsNaturalPerson = displayYearsNaturalPerson;
        this.nameRule = nameRule;
        this.complaintChannels = java.util.Arrays.stream(complaintChannels.split(";")).map(String::trim)
                .filter(c -> !c.isEmpty()).toList();
        this.searchBurst = searchBurst;
        this.searchPerSecond = searchPerSecond;
    }

    public int displayYears(boolean naturalPerson) {
        return naturalPerson ? displayYearsNaturalPerson : displayYears;
    }

    public Redactor.NameRule nameRule() {
        return nameRule;
    }

    public List<String> complaintChannels() {
        return complaintChannels;
    }

    public int searchBurst() {
        return searchBurst;
    }

    public double searchPerSecond() {
        return searchPerSecond;
    }
}
