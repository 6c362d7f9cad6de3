package cn.zhifa.casefile;

/** 承办人: LEAD (主办) or ASSIST (协办). */
public record Handler(long userId, String name, String role) {
}
