package org.contactrouter.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.contactrouter.TestDataDirectory;
import org.contactrouter.sla.SlaConfigException;
import org.contactrouter.sla.SlaConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The ccr.sla settings load the shipped files, and a mistake stops the start with a message naming it. */
class SlaConfigurationStartupTest {

    @EnableConfigurationProperties(SlaProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SlaEngineConfiguration.class, Properties.class);

    @Test
    void theShippedFilesLoadByDefault() {
        runner.run(context -> assertThat(context).hasSingleBean(SlaConfiguration.class));
    }

    @Test
    void aWrongStandardsFileStopsTheStartWithTheFileKeyAndProblem() throws IOException {
        Path standards = TestDataDirectory.create("sla-config").resolve("sla-standards.yml");
        Files.writeString(standards, Files.readString(Path.of("config/sla-standards.yml"))
                .replace("first-response-within: 3 working days\n    next-response-within: 3 working days\n  web:",
                        "first-response-within: 3 wrking days\n    next-response-within: 3 working days\n  web:"));

        runner.withPropertyValues("ccr.sla.standards-file=" + standards).run(context -> {
            assertThat(context).hasFailed();
            SlaConfigException cause = rootCause(context.getStartupFailure());
            assertThat(cause.getMessage()).contains(standards.toString(), "channels.email.first-response-within",
                    "3 wrking days");
            FailureAnalysis analysis = new SlaConfigFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("channels.email.first-response-within");
        });
    }

    @Test
    void anUnknownDivisionOrZoneIsNamed() {
        runner.withPropertyValues("ccr.sla.division=wales").run(context ->
                assertThat(rootCause(context.getStartupFailure()).getMessage())
                        .startsWith("ccr.sla.division: unknown bank-holiday division 'wales'"));
        runner.withPropertyValues("ccr.sla.zone=Europe/Londres").run(context ->
                assertThat(rootCause(context.getStartupFailure()).getMessage())
                        .startsWith("ccr.sla.zone: 'Europe/Londres' is not a time zone"));
    }

    private static SlaConfigException rootCause(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof SlaConfigException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(SlaConfigException.class);
        return (SlaConfigException) cause;
    }
}
