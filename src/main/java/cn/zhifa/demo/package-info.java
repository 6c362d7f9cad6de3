/** Demo organisation and cases for the embedded quick start; reached only through the real services. */
package cn.zhifa.demo;
