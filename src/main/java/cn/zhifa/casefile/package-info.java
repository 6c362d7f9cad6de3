/** The case file (案件) and the ordinary procedure (一般程序) from lead registration (线索登记) to archive (归档). */
package cn.zhifa.casefile;
