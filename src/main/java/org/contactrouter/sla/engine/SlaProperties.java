package org.contactrouter.sla.engine;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the SLA standards and the calendar come from ({@code ccr.sla} in config/application.yml).
 *
 * @param standardsFile    {@code sla-standards.yml}: standards, working hours, closures
 * @param bankHolidaysFile GOV.UK {@code bank-holidays.json}
 * @param division         whose bank holidays apply: england-and-wales, scotland or northern-ireland
 * @param zone             time zone of the working hours
 */
@ConfigurationProperties("ccr.sla")
public record SlaProperties(@DefaultValue("config/sla-standards.yml") Path standardsFile,
                            @DefaultValue("config/bank-holidays.json") Path bankHolidaysFile,
                            @DefaultValue("england-and-wales") String division,
                            @DefaultValue("Europe/London") String zone) {
}
