/** Evidence vault screens: upload, gallery, preview, hand-over; the evidence beside a reviewer's task. */
package cn.zhifa.evidence.ui;
