package org.contactrouter.supervision;

import java.time.Clock;
import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.contactrouter.channel.email.EmailChannelProperties;
import org.springframework.stereotype.Component;

/**
 * Alerts by email, through the SMTP server of the email channel ({@code ccr.channels.email.smtp}), which is set
 * up whether or not the council reads its mailboxes through this application.
 */
@Component
class EmailAlertSender implements AlertSender {

    private final AlertsProperties.Email settings;
    private final String subjectPrefix;
    private final EmailChannelProperties.Smtp smtp;
    private final Clock clock;
    private Session session;

    EmailAlertSender(AlertsProperties alerts, EmailChannelProperties email, Clock clock) {
        this.settings = alerts.email();
        this.subjectPrefix = settings.subjectPrefix().isBlank() ? "" : settings.subjectPrefix().trim() + " ";
        this.smtp = email.smtp();
        this.clock = clock;
        if (settings.enabled() && (smtp == null || smtp.host() == null || smtp.port() == null)) {
            throw new IllegalStateException("ccr.channels.email.smtp.host and .port are needed: alert emails "
                    + "(ccr.alerts.email.enabled) are sent through that server");
        }
    }

    @Override
    public String target() {
        return "email";
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public void send(AlertMessage alert) throws Exception {
        if (session == null) {
            session = smtp.session();
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        for (String recipient : settings.recipients()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subjectPrefix + alert.subject(), "UTF-8");
        message.setText(alert.text(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        // An alert is not a conversation: out-of-office replies should not come back.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (smtp.username() == null) {
            Transport.send(message);
        } else {
            Transport.send(message, smtp.username(), smtp.password());
        }
    }
}
