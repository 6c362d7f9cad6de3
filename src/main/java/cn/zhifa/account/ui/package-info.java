/** The admins' screen of the login log and current lockouts (with unlock). */
package cn.zhifa.account.ui;
