package org.contactrouter.classification;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.contactrouter.sla.CaseType;
import org.contactrouter.sla.SlaConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads config/classification.yml at start-up; a mistake in it, or a case type the SLA standards do not define, stops
 * the application with the reason.
 */
@Configuration(proxyBeanMethods = false)
public class ClassificationConfiguration {

    @Bean
    Classifier classifier(@Value("${ccr.classification-file:config/classification.yml}") Path file,
                          @Value("${ccr.sla.standards-file:config/sla-standards.yml}") String standardsFile,
                          SlaConfiguration sla) throws IOException {
        ClassificationRules rules = ClassificationRules.load(file);
        rules.requireCaseTypes(sla.standards().caseTypes().stream().map(CaseType::key).collect(Collectors.toSet()),
                standardsFile);
        return new Classifier(rules);
    }
}
