/** Supervision screens: cockpit (驾驶舱), review plans, scoring, rectification and letters. */
package cn.zhifa.supervision.ui;
