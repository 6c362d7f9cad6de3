/** Legal review (法制审核), advance notice (告知) and hearing (听证): rules, rounds, reviewers, recusals. */
package cn.zhifa.review;
