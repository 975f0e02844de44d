package org.contactrouter.channel.email;

import java.time.Clock;
import java.util.Optional;

import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.reply.AcknowledgementPromise;
import org.contactrouter.reply.ReplyChannelPolicy;
import org.contactrouter.reply.ReplyKind;
import org.contactrouter.reply.ReplyService;
import org.contactrouter.sla.SlaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;

/**
 * Acknowledges by email every new case whose citizen is answered by email: email contacts, and web contacts that
 * gave an address. The acknowledgement is queued in the intake transaction, so it exists exactly when the case
 * does. Mail from a machine, or from a sender who asked for no automatic reply, is not acknowledged, and the case
 * says so (see {@link EmailIntake}); the per-address rate limit is the last guard against a loop with an
 * auto-responder that does not say it is one.
 */
public class EmailAcknowledgements {

    private static final Logger log = LoggerFactory.getLogger(EmailAcknowledgements.class);
    static final String AUTHOR = "system";

    private final ReplyService replies;
    private final CaseRepository cases;
    private final Clock clock;
    private final AcknowledgementRateLimiter limiter;
    private final EmailChannelProperties.Acknowledgements settings;
    private final SlaConfiguration sla;

    public EmailAcknowledgements(ReplyService replies, CaseRepository cases, Clock clock,
                                 AcknowledgementRateLimiter limiter, EmailChannelProperties.Acknowledgements settings,
                                 SlaConfiguration sla) {
        this.sla = sla;
        this.replies = replies;
        this.cases = cases;
        this.clock = clock;
        this.limiter = limiter;
        this.settings = settings;
    }

    /**
     * Whether a web contact giving this address will be acknowledged by email, so that the confirmation page
     * promises an email only when one will go: the standard names one for the language and the address has not had
     * the most allowed in the window.
     */
    public boolean willAcknowledgeWebContact(String address, String language) {
        return settings.standardFor(Channel.WEB, language) != null && limiter.wouldAllow(address);
    }

    @EventListener
    public void caseOpened(CaseLifecycle.CaseOpened opened) {
        Contact contact = opened.contact();
        String standard = settings.standardFor(contact.channel(), opened.language());
        if (standard == null || !ReplyChannelPolicy.channelFor(contact).equals(Optional.of(Channel.EMAIL))) {
            return;
        }
        String withheld = contact.attributes().get(EmailIntake.NO_ACKNOWLEDGEMENT);
        if (withheld != null) {
            // Said on the case, so the officer knows the citizen has heard nothing yet.
            cases.appendEvent(opened.caseId(), CaseEventType.ACKNOWLEDGEMENT_WITHHELD, clock.instant(), AUTHOR,
                    "no acknowledgement sent: " + withheld);
            return;
        }
        String recipient = ThreadContext.replyingTo(contact).recipient().getAddress();
        if (!limiter.tryAcquire(recipient)) {
            MDC.put("caseReference", opened.reference());
            try {
                log.info("No acknowledgement: {} had the most allowed in the window", Identity.email(recipient));
            } finally {
                MDC.remove("caseReference");
            }
            return;
        }
        replies.queue(CaseReference.parse(opened.reference()).orElseThrow(), ReplyKind.ACKNOWLEDGEMENT, AUTHOR,
                AcknowledgementPromise.of(opened, standard, sla));
    }
}
