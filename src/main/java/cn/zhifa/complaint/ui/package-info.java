/** Screens of complaints: list with the 诉转案 count, intake, the complaint with its actions; the public web form. */
package cn.zhifa.complaint.ui;
