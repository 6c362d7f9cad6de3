package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 送达地址确认书: the service address the party confirmed and signed on {@code signedOn}, and whether he consented to
 * electronic service at {@code electronicAddress} (行政处罚法 Art. 61 ¶2).
 */
public record ServiceAddress(long id, long caseId, String partyName, String postalAddress, boolean electronicConsent,
        String electronicAddress, LocalDate signedOn, long recordedBy, LocalDateTime recordedAt) {

    /** Electronic service is allowed: consent given with an address on file. */
    public boolean allowsElectronicService() {
        return electronicConsent && electronicAddress != null && !electronicAddress.isBlank();
    }
}
