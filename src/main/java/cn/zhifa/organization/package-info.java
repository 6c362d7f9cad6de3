/** Units, users, roles and enforcement certificates (执法证); the violation-items catalogue (执法事项). */
package cn.zhifa.organization;
