/** 简易程序: on-the-spot penalties (Art. 51–53, 68–71) — thresholds, numbered decision, collection, 备案. */
package cn.zhifa.summary;
