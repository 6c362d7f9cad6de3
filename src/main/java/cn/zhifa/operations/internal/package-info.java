/** Read-only aggregate queries for the operators' metrics and the integrity check (no writes). */
package cn.zhifa.operations.internal;
