/** The record's verify and export tools in the case workspace's timeline. */
package cn.zhifa.record.ui;
