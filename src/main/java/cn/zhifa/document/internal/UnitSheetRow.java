package cn.zhifa.document.internal;

/** One row of a unit's sheet: the unit (repeated on every row) and one of its uploaded templates (or none). */
public class UnitSheetRow {
    public long unitId;
    public String unitCode;
    public String unitName;
    public String unitKind;
    public Long unitParentId;
    public String caseNumberPrefix;
    public String unitAddress;
    public String unitPhone;
    /** The template on this row; null when the unit has uploaded none. */
    public TemplateRow template;
}
