package cn.zhifa.casefile;

import java.time.LocalDate;
import java.util.List;

/** 线索登记: what an officer knows when a lead comes in. */
public record NewLead(LeadSource source, String summary, String location, LocalDate discoveredDate, LocalDate actDate,
        Long itemId, List<Party> parties) {
}
