/** Calendar administration and the deadline badge (green/yellow/red) other screens show. */
package cn.zhifa.calendar.ui;
