/** Legal-review screens: reviewers' queue, catalogue, qualifications, the case panels and checklist. */
package cn.zhifa.review.ui;
