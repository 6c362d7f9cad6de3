/** MyBatis mappers and rows of units, users, roles, certificates, items and benchmarks; the login user lookup. */
package cn.zhifa.organization.internal;
