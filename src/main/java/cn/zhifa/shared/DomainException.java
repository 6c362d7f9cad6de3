package cn.zhifa.shared;

import java.util.Arrays;

/**
 * A refused request: carries a message key (resolved in zh-CN or en from the message bundles) and its arguments.
 * Thrown by services before anything is written, or inside a transaction that then rolls back, so a refusal
 * never leaves anything changed.
 */
public class DomainException extends RuntimeException {

    /** How the refusal maps to HTTP and to the UI. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String code;
    private final transient Object[] args;

    public DomainException(Kind kind, String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.kind = kind;
        this.code = code;
        this.args = args;
    }

    public static DomainException invalid(String code, Object... args) {
        return new DomainException(Kind.INVALID, code, args);
    }

    public static DomainException forbidden(String code, Object... args) {
        return new DomainException(Kind.FORBIDDEN, code, args);
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(Kind.NOT_FOUND, code, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(Kind.CONFLICT, code, args);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
