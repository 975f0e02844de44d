package org.contactrouter.benchmark;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.jms.ConnectionFactory;

import org.contactrouter.ContactRouterApplication;
import org.contactrouter.sla.BusinessCalendar;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jms.connection.SingleConnectionFactory;

/**
 * The application as {@code mvn spring-boot:run} starts it (embedded Artemis with its persistent journal, H2 file
 * database, demo staff), in this JVM, on a fresh data directory. Its clock runs at real speed from a Tuesday
 * morning in working hours, so that SLA deadlines fall due during the run whatever day the benchmark is run on.
 */
final class BenchmarkApplication {

    static final Instant TUESDAY_MORNING = LocalDateTime.parse("2026-03-03T09:20").atZone(BusinessCalendar.LONDON)
            .toInstant();

    /** Not a @Configuration, so that component scanning never picks it up. */
    static class WorkingDayClock {
        @Bean
        @Primary
        Clock benchmarkClock() {
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), TUESDAY_MORNING));
        }
    }

    private BenchmarkApplication() {
    }

    static ConfigurableApplicationContext start(Path dataDir, String... settings) {
        String[] args = new String[settings.length + 4];
        args[0] = "--ccr.data-dir=" + dataDir;
        args[1] = "--server.port=0";
        args[2] = "--spring.profiles.active=demo";
        // The application logs a line per contact; it goes to a file, as a deployment's log collector would take it.
        args[3] = "--logging.config=classpath:benchmark/logback.xml";
        System.arraycopy(settings, 0, args, 4, settings.length);
        return new SpringApplicationBuilder(ContactRouterApplication.class, WorkingDayClock.class).run(args);
    }

    /** The broker's own connection factory, without Spring's session cache, for the raw baseline. */
    static ConnectionFactory rawConnectionFactory(ConfigurableApplicationContext app) {
        ConnectionFactory factory = app.getBean(ConnectionFactory.class);
        return factory instanceof SingleConnectionFactory cached ? cached.getTargetConnectionFactory() : factory;
    }
}
