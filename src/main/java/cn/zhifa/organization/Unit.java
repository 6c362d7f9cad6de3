package cn.zhifa.organization;

/** A unit: the deciding authority (处罚主体, e.g. 街道办事处) or its enforcement team (执法队). */
public record Unit(long id, String code, String name, UnitKind kind, Long parentId, String caseNumberPrefix,
        String address, String phone) {

    public enum UnitKind { AUTHORITY, TEAM }
}
