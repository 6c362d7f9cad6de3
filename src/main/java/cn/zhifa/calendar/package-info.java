/**
 * Working days and statutory periods: the one calendar every legal deadline in Zhifa is computed with
 * (official holidays and make-up working days, start day not counted, end-day shift, pauses, surcharge).
 */
package cn.zhifa.calendar;
