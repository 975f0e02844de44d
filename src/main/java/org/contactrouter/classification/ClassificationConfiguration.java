package org.contactrouter.classification;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads config/classification.yml at start-up; a mistake in it stops the application with the reason. */
@Configuration(proxyBeanMethods = false)
public class ClassificationConfiguration {

    @Bean
    Classifier classifier(@Value("${ccr.classification-file:config/classification.yml}") Path file) throws IOException {
        return new Classifier(ClassificationRules.load(file));
    }
}
