package org.contactrouter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ContactRouterApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContactRouterApplication.class, args);
    }
}
