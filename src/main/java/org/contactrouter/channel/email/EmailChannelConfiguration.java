package org.contactrouter.channel.email;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Session;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.citizen.CitizenDirectory;
import org.contactrouter.intake.ContactGateway;
import org.contactrouter.reply.ReplyService;
import org.contactrouter.sla.SlaConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The email channel, wired only when {@code ccr.channels.email.enabled} is true: mailbox intake routes, automated
 * mail handling, acknowledgements and the SMTP reply sender (unless {@code ccr.channels.email.sender} is
 * {@code notify}: GOV.UK Notify sends instead, see channel/notify).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("ccr.channels.email.enabled")
public class EmailChannelConfiguration {

    /** The senders {@code ccr.channels.email.sender} may name: SMTP here, GOV.UK Notify in channel/notify. */
    static final Set<String> SENDERS = Set.of("smtp", "notify");

    EmailChannelConfiguration(@Value("${ccr.channels.email.sender:smtp}") String sender) {
        if (!SENDERS.contains(sender)) {
            throw new IllegalArgumentException("ccr.channels.email.sender must be smtp or notify, not " + sender);
        }
    }

    @Bean
    Session smtpSession(EmailChannelProperties settings) {
        return settings.smtp().session();
    }

    @Bean
    OutboundEmailComposer outboundEmailComposer(EmailChannelProperties settings, Session smtpSession, Clock clock)
            throws IOException {
        return new OutboundEmailComposer(EmailTemplates.load(settings.templatesDir()), smtpSession,
                settings.councilName(), settings.messageIdDomain(), clock);
    }

    /**
     * Welsh-language cases are answered in Welsh (Welsh Language Standards): with templates in
     * {@code <templates-dir>/cy/}, their acknowledgements and replies use those.
     */
    @Bean
    @ConditionalOnProperty(name = "ccr.channels.email.sender", havingValue = "smtp", matchIfMissing = true)
    SmtpReplySender smtpReplySender(OutboundEmailComposer composer, EmailChannelProperties settings,
                                    Session smtpSession, Clock clock) throws IOException {
        Map<String, OutboundEmailComposer> byLanguage = new HashMap<>();
        byLanguage.put(SmtpReplySender.DEFAULT_LANGUAGE, composer);
        Path welsh = settings.templatesDir().resolve("cy");
        if (Files.isDirectory(welsh)) {
            byLanguage.put("cy", new OutboundEmailComposer(EmailTemplates.load(welsh), smtpSession,
                    settings.councilName(), settings.messageIdDomain(), clock, EmailWording.WELSH));
        }
        return new SmtpReplySender(byLanguage, settings);
    }

    @Bean
    AutomatedMailRecorder automatedMailRecorder(CaseRepository cases, JdbcClient jdbc,
                                                ApplicationEventPublisher events, MeterRegistry meters,
                                                CitizenDirectory citizens, Clock clock) {
        return new AutomatedMailRecorder(cases, jdbc, events, meters, citizens, clock);
    }

    @Bean
    EmailIntake emailIntake(EmailChannelProperties settings, AutomatedMailRecorder recorder, ContactGateway gateway,
                            AttachmentStore attachments, Clock clock) {
        EmailParser parser = new EmailParser(attachments, settings.attachments().policy());
        return new EmailIntake(settings, parser, new BounceParser(), new AutomatedMailDetector(), recorder, gateway,
                clock);
    }

    @Bean
    EmailAcknowledgements emailAcknowledgements(ReplyService replies, CaseRepository cases,
                                                EmailChannelProperties settings, Clock clock, SlaConfiguration sla) {
        EmailChannelProperties.Acknowledgements acknowledgements = settings.acknowledgements();
        return new EmailAcknowledgements(replies, cases, clock, new AcknowledgementRateLimiter(acknowledgements.maxPerSender(),
                acknowledgements.window(), clock), acknowledgements, sla);
    }

    @Bean
    EmailRoutes emailRoutes(EmailChannelProperties settings) {
        return new EmailRoutes(settings);
    }
}
