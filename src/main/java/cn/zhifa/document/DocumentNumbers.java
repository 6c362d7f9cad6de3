package cn.zhifa.document;

import cn.zhifa.casefile.DocumentNumbering;
import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.shared.RunningNumber;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 文书号: one running number per unit, document word (罚决字, 告字 …) and year, bumped under the row lock inside the
 * registering transaction — gap-free (a refused step rolls its number back) and unique under concurrency. The pattern
 * is {@code zhifa.documents.number-pattern} (default {@code {prefix}{word}〔{year}〕第{seq}号}, e.g.
 * 朝综执罚决字〔2026〕第0005号). Documents without a word keep the step's own number (e.g. the on-the-spot decision's
 * serial number from the summary procedure).
 */
@Component
class DocumentNumbers implements DocumentNumbering {

    private final DocumentMapper mapper;
    private final DocumentData data;
    private final UnitSheets units;
    private final Clock clock;
    private final String pattern;
    private final TransactionTemplate firstRow;

    DocumentNumbers(DocumentMapper mapper, DocumentData data, UnitSheets units, Clock clock,
            @Value("${zhifa.documents.number-pattern:{prefix}{word}〔{year}〕第{seq}号}") String pattern,
            PlatformTransactionManager transactions) {
        this.firstRow = new TransactionTemplate(transactions);
        this.firstRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (!pattern.contains("{seq}") || !pattern.contains("{year}") || !pattern.contains("{word}")) {
            throw new IllegalArgumentException("zhifa.documents.number-pattern needs {word}, {year} and {seq}: "
                    + pattern);
        }
        this.mapper = mapper;
        this.data = data;
        this.units = units;
        this.clock = clock;
        this.pattern = pattern;
    }

    @Override
    public String number(long caseId, String docType, String title, String proposed) {
        DocumentType type = DocumentType.of(docType).orElse(null);
        if (type == null || type.numberWord() == null) {
            return proposed;
        }
        String word = word(type, title);
        long unitId = data.unitOf(caseId);
        int year = LocalDate.now(clock).getYear();
        int seq = next(unitId, word, year);
        return pattern.replace("{prefix}", units.of(unitId).unit().caseNumberPrefix()).replace("{word}", word)
                .replace("{year}", String.valueOf(year)).replace("{seq}", String.format("%04d", seq));
    }

    /** The decision's word follows its kind: 罚决字, 不罚决字 (no penalty), 处决字 (not established), 移字 (transfer). */
    static String word(DocumentType type, String title) {
        if (type == DocumentType.DECISION && title != null) {
            if (title.startsWith("不予")) {
                return "不罚决字";
            }
            if (title.contains("不成立")) {
                return "处决字";
            }
            if (title.contains("移送")) {
                return "移字";
            }
        }
        return type.numberWord();
    }

    private int next(long unitId, String word, int year) {
        RunningNumber n = new RunningNumber(unitId, word, year);
        if (mapper.bumpNumber(n) == 0) {
            // the first number of a word and year: its row (seq 0, no number yet) is created and committed in a
            // transaction of its own, so that concurrent first numbers queue on the row's lock (under READ COMMITTED
            // the UPDATE that found no row holds no gap lock the INSERT would wait for; in REPEATABLE READ it would)
            firstRow.executeWithoutResult(s -> {
                try {
                    mapper.insertNumber(unitId, word, year);
                } catch (DuplicateKeyException raced) {
                    // another transaction created it first
                }
            });
            mapper.bumpNumber(n);
        }
        return n.moved();
    }
}
