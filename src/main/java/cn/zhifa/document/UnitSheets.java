package cn.zhifa.document;

import cn.zhifa.document.internal.DocumentMapper;
import cn.zhifa.document.internal.TemplateRow;
import cn.zhifa.document.internal.UnitSheetRow;
import cn.zhifa.organization.Unit;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.TransactionMemo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a unit's documents need of the unit, read once per transaction in one statement: the unit as its documents
 * print it (agency name, number prefix, address, telephone; through the view the organization module publishes) and
 * the latest version of each template it has uploaded. The numbers, the documents' fields and the templates of a step
 * share it (decision 0039); an admin's upload or a unit's edit is a transaction of its own.
 */
@Component
class UnitSheets {

    /** A unit and its latest uploaded template of each document type (by type name). */
    record Sheet(Unit unit, Map<String, TemplateRow> latest) {
    }

    private final DocumentMapper mapper;

    UnitSheets(DocumentMapper mapper) {
        this.mapper = mapper;
    }

    Sheet of(long unitId) {
        return TransactionMemo.get(this, unitId, this::read);
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
