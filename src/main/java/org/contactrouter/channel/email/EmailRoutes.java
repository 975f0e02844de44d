package org.contactrouter.channel.email;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;

/**
 * Starts one intake route per configured mailbox from the {@code email-intake-from-mailbox} template in
 * routes/email.yaml; the number of mailboxes is the council's setting, so the routes cannot be listed there.
 */
public class EmailRoutes implements CamelContextConfiguration {

    static final String TEMPLATE = "email-intake-from-mailbox";

    private final EmailChannelProperties settings;

    public EmailRoutes(EmailChannelProperties settings) {
        this.settings = settings;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // the template is loaded with the routes during start-up; routes are added from it afterwards
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        for (EmailChannelProperties.MailboxSettings mailbox : settings.mailboxes()) {
            Map<String, Object> parameters = Map.of(
                    "mailbox", mailbox.name(),
                    "protocol", mailbox.protocol(),
                    "host", mailbox.host(),
                    "port", mailbox.port(),
                    "username", mailbox.username(),
                    "password", mailbox.password(),
                    "folder", mailbox.folder(),
                    "delay", mailbox.pollDelay().toMillis());
            try {
                camelContext.addRouteFromTemplate("email-intake-" + mailbox.name(), TEMPLATE, parameters);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the intake route of mailbox " + mailbox.name(), e);
            }
        }
    }
}
