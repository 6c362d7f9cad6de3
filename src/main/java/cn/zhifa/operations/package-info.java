/**
 * 运维 — what operators need to run Zhifa in production: the first admin of an empty database, the refusal of
 * published default passwords, business metrics, the integrity check after a restore, the management-port security.
 */
package cn.zhifa.operations;
