/** Accounts as 等保 level 3 expects: login throttling and lockout, the login log, password policy, idle sessions. */
package cn.zhifa.account;
