package org.contactrouter.sla.engine;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.contactrouter.sla.BankHolidayDivision;
import org.contactrouter.sla.SlaConfigException;
import org.contactrouter.sla.SlaConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the council's standards and calendar once, at start-up; a mistake stops the start (see SlaConfigFailureAnalyzer). */
@Configuration(proxyBeanMethods = false)
public class SlaEngineConfiguration {

    @Bean
    SlaConfiguration slaConfiguration(SlaProperties properties) {
        BankHolidayDivision division;
        ZoneId zone;
        try {
            division = BankHolidayDivision.fromKey(properties.division());
        } catch (IllegalArgumentException e) {
            throw new SlaConfigException("ccr.sla.division: " + e.getMessage(), e);
        }
        try {
            zone = ZoneId.of(properties.zone());
        } catch (DateTimeException e) {
            throw new SlaConfigException("ccr.sla.zone: '" + properties.zone() + "' is not a time zone such as Europe/London", e);
        }
        return SlaConfiguration.load(properties.standardsFile(), properties.bankHolidaysFile(), division, zone);
    }
}
