package cn.zhifa.casefile;

import cn.zhifa.shared.Limits;
import jakarta.validation.constraints.Size;
/** 当事人. */
public record Party(PartyKind kind, @Size(max = Limits.NAME) String name, IdType idType,
        @Size(max = Limits.ID_NO) String idNo, @Size(max = Limits.PHONE) String phone,
        @Size(max = Limits.PLACE) String address) {
}
