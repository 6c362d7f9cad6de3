/**
 * Administration screens: users and roles, certificates (执法证), items with their discretion benchmarks; the
 * shell's signed-in user.
 */
package cn.zhifa.organization.ui;
