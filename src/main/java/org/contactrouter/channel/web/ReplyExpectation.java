package org.contactrouter.channel.web;

import java.time.Instant;
import java.util.Optional;

import org.contactrouter.contact.Channel;
import org.contactrouter.sla.SlaConfiguration;
import org.contactrouter.sla.SlaDuration;

/**
 * What the confirmation page promises about a reply: the web channel's first-response allowance for the service
 * area and statutory case type (an FOI request is promised the Act's 20 working days, not the channel's 3), from
 * config/sla-standards.yml, and the date it falls on for a message sent now. Nothing is promised when the standard
 * sets no first response.
 *
 * @param within the allowance, e.g. 3 working days, which the page words in its own language
 * @param by     the deadline for a message received at that moment
 */
public record ReplyExpectation(SlaDuration within, Instant by) {

    /** @param caseType the case type its words give the message (see {@code Classifier#caseTypeOf}), or null */
    public static Optional<ReplyExpectation> forWebContact(SlaConfiguration sla, String serviceArea, String caseType,
                                                           Instant received) {
        return sla.firstResponseAllowance(Channel.WEB, serviceArea, null, caseType)
                .map(a -> new ReplyExpectation(a, sla.deadlineFor(a, received)));
    }
}
