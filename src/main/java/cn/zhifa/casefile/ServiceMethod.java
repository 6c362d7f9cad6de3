package cn.zhifa.casefile;

/** 送达方式 (民事诉讼法 Art. 87–95). */
public enum ServiceMethod {
    /** 直接送达. */
    DIRECT,
    /** 留置送达. */
    LEFT_AT_RESIDENCE,
    /** 邮寄送达. */
    MAIL,
    /** 电子送达 (with signed consent). */
    ELECTRONIC,
    /** 公告送达. */
    PUBLIC_NOTICE
}
