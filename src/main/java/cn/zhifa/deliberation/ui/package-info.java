/** Screens of the heads' collective deliberation: meetings list and convening, one meeting, the case section. */
package cn.zhifa.deliberation.ui;
