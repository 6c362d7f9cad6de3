package cn.zhifa.casefile;

import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * 线索登记: what an officer knows when a lead comes in; {@code actEndDate} the end of a continuing act and
 * {@code limitationClass} the 5-year classification of 行政处罚法 Art. 36 (null: the general 2 years).
 */
public record NewLead(LeadSource source, @Size(max = Limits.TEXT) String summary,
        @Size(max = Limits.PLACE) String location, @Plausible LocalDate discoveredDate, @Plausible LocalDate actDate,
        Long itemId, @Size(max = Limits.LIST) List<@NotNull @Valid Party> parties, @Plausible LocalDate actEndDate,
        LimitationClass limitationClass) {

    public NewLead(LeadSource source, String summary, String location, LocalDate discoveredDate, LocalDate actDate,
            Long itemId, List<Party> parties) {
        this(source, summary, location, discoveredDate, actDate, itemId, parties, null, null);
    }
}
