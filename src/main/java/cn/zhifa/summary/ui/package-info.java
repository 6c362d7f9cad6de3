/** Screens of the summary procedure: the one-form field decision and the decision's follow-up. */
package cn.zhifa.summary.ui;
