/** Zhifa (执法办案): the Spring Boot application; each sub-package is one module (decision 0013). */
package cn.zhifa;
