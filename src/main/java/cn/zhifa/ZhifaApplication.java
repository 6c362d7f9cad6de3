package cn.zhifa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ZhifaApplication {
    public static void main(String[] args) {
        SpringApplication.run(ZhifaApplication.class, args);
    }
}
