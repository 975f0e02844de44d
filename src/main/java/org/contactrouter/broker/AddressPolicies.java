package org.contactrouter.broker;

import java.util.Map;

import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The redelivery and dead-letter settings one feature needs on the queues it consumes from. The embedded broker is
 * built with them; an external broker is given them at start-up ({@link ExternalBrokerAddressSettings}), so both
 * behave alike.
 */
@FunctionalInterface
public interface AddressPolicies {

    /** Settings by queue name. */
    Map<String, AddressSettings> settingsByQueue();
}
