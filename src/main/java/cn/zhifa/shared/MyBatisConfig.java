package cn.zhifa.shared;

import java.util.Properties;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets a mapper statement say {@code _databaseId == 'mysql'} (MySQL and MariaDB) or {@code 'h2'} where the one
 * database needs a hint the other does not understand (e.g. the public list's FORCE INDEX, decision 0011).
 */
@Configuration
class MyBatisConfig {

    @Bean
    DatabaseIdProvider databaseIdProvider() {
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        Properties vendors = new Properties();
        vendors.setProperty("MySQL", "mysql");
        vendors.setProperty("MariaDB", "mysql");
        vendors.setProperty("H2", "h2");
        provider.setProperties(vendors);
        return provider;
    }
}
