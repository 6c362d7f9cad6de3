/** What is truly shared: refusals and messages, the clock, security wiring, the UI shell. */
package cn.zhifa.shared;
