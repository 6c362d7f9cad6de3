package cn.zhifa.publication;

import cn.zhifa.shared.Limits;
import jakarta.validation.constraints.Size;

/**
 * A text the redaction re-scan names as personal data that the reviewing officer declares is not (e.g. a shop's
 * public service number), with the reason; recorded in the case record when the review is accepted.
 */
public record FalsePositive(@Size(max = 200) String text, @Size(max = Limits.TEXT) String reason) {
}
