package org.contactrouter.channel.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.contactrouter.caseload.CaseReference;
import org.contactrouter.caseload.CaseReferenceAllocator;
import org.contactrouter.caseload.ContactRepository;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.contactrouter.intake.ContactGateway;
import org.springframework.stereotype.Service;

/**
 * Accepts a web submission: allocates the case reference the citizen is shown straight away and puts the contact
 * on the web channel's inbound queue. Intake opens the case under that reference.
 */
@Service
public class WebContactService {

    private final CaseReferenceAllocator references;
    private final ContactRepository contacts;
    private final ContactGateway gateway;
    private final Clock clock;

    public WebContactService(CaseReferenceAllocator references, ContactRepository contacts, ContactGateway gateway,
                             Clock clock) {
        this.references = references;
        this.contacts = contacts;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** Queues the submission and returns its case reference; a submission already stored returns its case's. */
    public String submit(WebSubmission submission) {
        String channelMessageId = submission.source() + ":" + submission.submissionId();
        var alreadyStored = contacts.findCaseReference(Channel.WEB, channelMessageId);
        if (alreadyStored.isPresent()) {
            return alreadyStored.get();
        }
        CaseReference reference = references.next();
        gateway.submit(Contact.builder(Channel.WEB, submission.source(), channelMessageId, clock.instant())
                .sender(new Sender(submission.name(), identities(submission)))
                .subject(submission.subject())
                .body(submission.message())
                .proposedReference(reference.toString())
                .serviceAreaHint(submission.serviceArea())
                .language(submission.language())
                .attributes(submission.attributes())
                .build());
        return reference.toString();
    }

    private static List<Identity> identities(WebSubmission submission) {
        List<Identity> identities = new ArrayList<>();
        if (submission.email() != null && !submission.email().isBlank()) {
            identities.add(Identity.email(submission.email()));
        }
        if (submission.phone() != null) {
            SubmissionRules.normalisedPhone(submission.phone()).map(Identity::phone).ifPresent(identities::add);
        }
        return identities;
    }
}
