/**
 * The steps of the ordinary procedure (一般程序), one class per user task, each deciding what its act changes; the
 * pipeline that persists them and their catalogue are in {@code casefile}.
 */
package cn.zhifa.procedure;
