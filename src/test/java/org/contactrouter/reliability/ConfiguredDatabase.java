package org.contactrouter.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

/** The database URL that config/application.yml gives a data directory when CCR_DB_URL is not set. */
final class ConfiguredDatabase {

    private ConfiguredDatabase() {
    }

    static String defaultUrl(Path dataDir) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("ccr.data-dir", dataDir.toString())));
        try {
            new YamlPropertySourceLoader().load("application.yml", new FileSystemResource("config/application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return environment.getRequiredProperty("spring.datasource.url");
    }
}
