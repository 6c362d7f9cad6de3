package cn.zhifa.organization;

/** 执法证 status. */
public enum CertificateStatus { ACTIVE, SUSPENDED, REVOKED, LOST }
