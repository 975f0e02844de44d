package org.contactrouter.routing;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Routing policy from config/application.yml ({@code ccr.routing}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingConfiguration.WideningProperties.class)
public class RoutingConfiguration {

    /** The widening steps: at which share of the allowance the pool becomes which level. */
    @ConfigurationProperties("ccr.routing")
    public record WideningProperties(List<PoolWidening.Step> widening) {
    }

    @Bean
    PoolWidening poolWidening(WideningProperties properties) {
        return new PoolWidening(properties.widening() == null ? List.of() : properties.widening());
    }
}
