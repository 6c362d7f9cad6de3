package cn.zhifa.document;

import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.TemplateRow;
import cn.zhifa.document.internal.UnitSheetRow;
import cn.zhifa.organization.Unit;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Freshness;
import cn.zhifa.shared.TransactionMemo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a unit's documents need of the unit, read once per transaction in one statement: the unit as its documents
 * print it (agency name, number prefix, address, telephone; through the view the organization module publishes) and
 * the latest version of each template it has uploaded. The numbers, the documents' fields and the templates of a step
 * share it (decision 0039); an admin's upload or a unit's edit is a transaction of its own.
 * <p>
 * Kept by this node between transactions while fresh — {@link #FRESH} of the application's clock, as the engine's
 * definitions are (decision 0042) — since a unit and its templates change a few times a year and every step that
 * makes a document asked for them (decision 0043). An upload on this node is seen by the next transaction after its
 * commit ({@link #forget}); an upload on another node, or a unit edited in the database, within {@link #FRESH}. A
 * document names the template version it was made from, so either way the record says which one it was.
 */
@Component
class UnitSheets {

    static final Duration FRESH = Freshness.WINDOW;

    /** A unit and its latest uploaded template of each document type (by type name); rows never changed once read. */
    record Sheet(Unit unit, Map<String, TemplateRow> latest) {
    }

    private record Kept(Sheet sheet, Instant readAt) {
    }

    private final DocumentMapper mapper;
    private final Clock clock;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();
    /** Counts {@link #forget}s: a sheet read while one happened is not kept (it may predate the upload). */
    private final AtomicLong forgotten = new AtomicLong();
    /** The units the current transaction changes ({@link #forget}). */
    private static final Object FORGOTTEN_HERE = new Object();

    UnitSheets(DocumentMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The unit's sheet: the same for the whole transaction; this node's copy while fresh (a clock gone back: stale). */
    Sheet of(long unitId) {
        return TransactionMemo.get(this, unitId, this::fresh);
    }

    private Sheet fresh(long unitId) {
        if (TransactionMemo.peek(FORGOTTEN_HERE, unitId) != null) {
            return read(unitId); // the transaction that changes it: its own rows, never kept for others
        }
        Instant now = clock.instant();
        Kept k = kept.get(unitId);
        if (k != null && Freshness.fresh(k.readAt(), now)) {
            return k.sheet();
        }
        long before = forgotten.get();
        Sheet sheet = read(unitId);
        if (forgotten.get() == before) {
            kept.put(unitId, new Kept(sheet, now));
        }
        return sheet;
    }

    /**
     * The unit's sheet changes with the current transaction (an upload): once it commits, this node reads it again.
     * Outside a transaction, at once.
     */
    void forget(long unitId) {
        Runnable drop = () -> {
            forgotten.incrementAndGet();
            kept.remove(unitId);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionMemo.get(FORGOTTEN_HERE, unitId, u -> Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop.run();
                }
            });
        } else {
            drop.run();
        }
    }

    private Sheet read(long unitId) {
        List<UnitSheetRow> rows = mapper.unitSheet(unitId);
        if (rows.isEmpty()) {
            throw DomainException.notFound("unit.notFound", unitId);
        }
        UnitSheetRow u = rows.get(0);
        Unit unit = new Unit(u.unitId, u.unitCode, u.unitName, Unit.UnitKind.valueOf(u.unitKind), u.unitParentId,
                u.caseNumberPrefix, u.unitAddress, u.unitPhone);
        Map<String, TemplateRow> latest = new HashMap<>();
        for (UnitSheetRow r : rows) {
            if (r.template != null) {
                latest.merge(r.template.docType, r.template, (a, b) -> a.version >= b.version ? a : b);
            }
        }
        return new Sheet(unit, Map.copyOf(latest));
    }
}
