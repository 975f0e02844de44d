package org.contactrouter.channel.phone;

import org.contactrouter.intake.ContactGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the phone channel's reading classes with {@code ccr.channels.phone}; routes/phone.yaml uses the file bean. */
@Configuration(proxyBeanMethods = false)
public class PhoneChannelConfiguration {

    static final String ENABLED = "ccr.channels.phone.enabled";

    @Bean
    PhoneNumberNormaliser phoneNumberNormaliser(PhoneChannelProperties properties) {
        return new PhoneNumberNormaliser(properties.defaultRegion());
    }

    @Bean
    PhoneCallRequestMapper phoneCallRequestMapper(PhoneChannelProperties properties, PhoneNumberNormaliser normaliser) {
        return new PhoneCallRequestMapper(properties.settings(), normaliser);
    }

    /** The bean routes/phone.yaml calls; the folders exist before the route starts watching the inbox. */
    @Bean
    @ConditionalOnBooleanProperty(ENABLED)
    PhoneLogFileIntake phoneLogFiles(PhoneChannelProperties properties, PhoneNumberNormaliser normaliser,
                                     ContactGateway gateway) {
        properties.createFolders();
        return new PhoneLogFileIntake(new CallLogParser(properties.settings(), normaliser), new QuarantineFormatter(),
                gateway, properties.quarantine(), properties.done());
    }
}
