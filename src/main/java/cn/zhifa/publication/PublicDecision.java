package cn.zhifa.publication;

import java.time.LocalDate;

/**
 * A published decision as the public sees it: redacted text, no internal id, no case number, no officer. A withdrawn
 * one carries only its explanation (the content fields are null).
 */
public record PublicDecision(String publicId, boolean withdrawn, String docNo, String bodyName, String itemName,
        String category, String partyText, String factsText, String basisText, String conclusionText,
        LocalDate decidedDate, LocalDate publishedDate, String withdrawalReason, String withdrawalNote,
        LocalDate withdrawnDate) {
}
