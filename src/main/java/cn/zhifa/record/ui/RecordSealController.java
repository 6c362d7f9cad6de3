package cn.zhifa.record.ui;

import cn.zhifa.record.RecordCheckpoints;
import cn.zhifa.record.RecordSeal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public, no login (decision 0014): the record seal's public keys — what an export's seal is checked with offline —
 * and the digest of the latest signed checkpoint (number, time, key, SHA-256 of the checkpoint line, signature).
 * Anyone who keeps a copy of a day's digest can later show that the checkpoint file was not rewritten behind it.
 * No case, no internal id.
 */
@RestController
class RecordSealController {

    private final RecordSeal seal;
    private final RecordCheckpoints checkpoints;

    RecordSealController(RecordSeal seal, RecordCheckpoints checkpoints) {
        this.seal = seal;
        this.checkpoints = checkpoints;
    }

    @GetMapping(value = "/public/record-seal", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    String keysAndDigest() {
        StringBuilder b = new StringBuilder();
        b.append("执法全过程记录封印 / Full-process record seal (Ed25519)\n");
        b.append("current key: ").append(seal.keyId()).append('\n');
        checkpoints.lastDigest().ifPresentOrElse(d -> b.append("latest checkpoint: n=").append(d.n()).append(" at=")
                .append(d.at()).append(" key=").append(d.keyId()).append(" sha256=").append(d.lineSha256())
                .append(" sig=").append(d.signature()).append('\n'), () -> b.append("latest checkpoint: none yet\n"));
        b.append("\nverify an export: java VerifyExport.java --public-key <key>.pem <export.zip>\n");
        seal.publicKeysPem().forEach((id, pem) -> b.append("\nkey ").append(id)
                .append(id.equals(seal.keyId()) ? " (current)" : " (retired, verifies older seals)").append('\n')
                .append(pem));
        return b.toString();
    }
}
