/** The full-process record (执法全过程记录): hash-chained entries per case, verify and export. */
package cn.zhifa.record;
