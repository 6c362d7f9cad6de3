package cn.zhifa.casefile.internal;

import cn.zhifa.casefile.ServiceAddress;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** case_service_address: the 送达地址确认书 of a case; the latest is in force. */
@Mapper
public interface ServiceAddressMapper {

    void insert(@Param("caseId") long caseId, @Param("partyName") String partyName,
            @Param("postalAddress") String postalAddress, @Param("consent") boolean consent,
            @Param("electronicAddress") String electronicAddress, @Param("signedOn") LocalDate signedOn,
            @Param("recordedBy") long recordedBy, @Param("at") LocalDateTime at);

    /** The confirmation in force (the latest), or null. */
    ServiceAddress latest(long caseId);
}
