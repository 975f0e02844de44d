package org.contactrouter.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.contactrouter.caseload.CaseEventType;
import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.caseload.CaseReference;
import org.contactrouter.caseload.CaseReferenceAllocator;
import org.contactrouter.caseload.CaseRepository;
import org.contactrouter.caseload.CaseSnapshot;
import org.contactrouter.caseload.CaseStatus;
import org.contactrouter.caseload.ContactRepository;
import org.contactrouter.citizen.CitizenDirectory;
import org.contactrouter.classification.Classifier;
import org.contactrouter.contact.Contact;
import org.contactrouter.intake.IntakeOutcome.Kind;
import org.contactrouter.reply.ReplyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns one contact from an inbound queue into (part of) a case: drops a message already stored, recognises the
 * citizen, threads the contact into the case it continues or opens a new case, and records it all in one database
 * transaction. The inbound message is acknowledged only after that transaction commits, so a crash in between
 * means a redelivery, which the de-duplication turns into a no-op.
 */
@Service
public class IntakeService {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
    private static final String SYSTEM = "intake";

    private final ContactRepository contacts;
    private final CaseRepository cases;
    private final CitizenDirectory citizens;
    private final CaseReferenceAllocator references;
    private final ReplyService replies;
    private final Classifier classifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public IntakeService(ContactRepository contacts, CaseRepository cases, CitizenDirectory citizens,
                         CaseReferenceAllocator references, ReplyService replies, Classifier classifier,
                         ApplicationEventPublisher events, Clock clock) {
        this.contacts = contacts;
        this.cases = cases;
        this.citizens = citizens;
        this.references = references;
        this.replies = replies;
        this.classifier = classifier;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IntakeOutcome accept(Contact contact) {
        Instant now = clock.instant();
        Optional<String> stored = contacts.findCaseReference(contact.channel(), contact.channelMessageId());
        if (stored.isPresent()) {
            // The first delivery may have stored the case but died before its queue messages were committed:
            // queue any of the case's pending replies (an acknowledgement) again. Sending is idempotent.
            replies.requeuePending(CaseReference.parse(stored.get()).orElseThrow());
            return logged(new IntakeOutcome(Kind.DUPLICATE, stored.get(), null, contact.channel(),
                    contact.channelMessageId(), null, now));
        }
        Long citizenId = citizens.resolve(contact.sender(), contact.language(), now).orElse(null);
        Optional<CaseSnapshot> referenced = CaseReference.parse(contact.caseReferenceHint()).flatMap(cases::findSnapshot);
        Optional<CaseSnapshot> conversation = cases.findByMessageIds(contact.channel(), contact.conversationIds());
        if (conversation.isEmpty() && contact.channel().threadsBySender() && citizenId != null) {
            conversation = cases.latestConversationOf(citizenId, contact.channel());
        }

        ThreadingPolicy.Decision decision = ThreadingPolicy.decide(referenced, conversation, citizenId);
        return logged(decision instanceof ThreadingPolicy.JoinCase join
                ? join(join.existing(), contact, now)
                : open((ThreadingPolicy.OpenCase) decision, contact, citizenId, now));
    }

    private IntakeOutcome join(CaseSnapshot existing, Contact contact, Instant now) {
        contacts.insert(existing.id(), contact, now);
        cases.appendEvent(existing.id(), CaseEventType.CONTACT_RECEIVED, now, SYSTEM, describe(contact));
        if (existing.status() == CaseStatus.AWAITING_CITIZEN || existing.status() == CaseStatus.RESPONDED) {
            cases.updateStatus(existing.id(), CaseStatus.QUEUED, now);
            cases.appendEvent(existing.id(), CaseEventType.CITIZEN_REPLIED, now, SYSTEM,
                    "back in the queue after the citizen wrote again");
            events.publishEvent(new CaseLifecycle.StatusChanged(existing.id(), existing.reference(), existing.status(),
                    CaseStatus.QUEUED, now));
        } else {
            cases.touch(existing.id(), now);
        }
        events.publishEvent(new CaseLifecycle.ContactAdded(existing.id(), existing.reference(), existing.status(),
                contact));
        return new IntakeOutcome(Kind.CONTACT_ADDED, existing.reference(), null, contact.channel(),
                contact.channelMessageId(), null, now);
    }

    private IntakeOutcome open(ThreadingPolicy.OpenCase decision, Contact contact, Long citizenId, Instant now) {
        Classifier.Classification classification = classifier.classify(contact,
                citizenId == null ? null : citizens.preferredLanguage(citizenId).orElse(null));
        String serviceArea = classification.serviceArea();
        String language = classification.language();
        CaseReference reference = CaseReference.parse(contact.proposedReference()).orElseGet(references::next);
        Long linkedId = decision.linkedTo().map(CaseSnapshot::id).orElse(null);
        long caseId = cases.insert(new CaseRepository.NewCase(reference, CaseStatus.QUEUED, contact.channel(),
                serviceArea, language, "NORMAL", classification.caseType(), citizenId, linkedId, contact.subject(),
                contact.receivedAt()), now);
        contacts.insert(caseId, contact, now);
        cases.appendEvent(caseId, CaseEventType.CASE_OPENED, now, SYSTEM, describe(contact) + "; "
                + serviceArea + " (" + classification.reason() + "), language " + language
                + (classification.caseType() == null ? "" : ", case type " + classification.caseType()));
        String linkedReference = decision.linkedTo().map(CaseSnapshot::reference).orElse(null);
        if (linkedReference != null) {
            cases.appendEvent(caseId, CaseEventType.LINKED_TO_CASE, now, SYSTEM,
                    "linked to " + linkedReference + " for review: " + decision.reason());
        }
        cases.appendEvent(caseId, CaseEventType.CASE_QUEUED, now, SYSTEM, "in the shared queue for " + serviceArea);
        events.publishEvent(new CaseLifecycle.CaseOpened(caseId, reference.toString(), contact.channel(), serviceArea,
                language, classification.caseType(), contact));
        return new IntakeOutcome(Kind.CASE_OPENED, reference.toString(), linkedReference, contact.channel(),
                contact.channelMessageId(), serviceArea, now);
    }

    private static String describe(Contact contact) {
        return contact.channel().key() + " contact via " + contact.source() + " from "
                + (contact.sender().isAnonymous() ? "an anonymous sender" : contact.sender().identities().get(0));
    }

    private static IntakeOutcome logged(IntakeOutcome outcome) {
        MDC.put("caseReference", outcome.reference());
        try {
            log.info("{} ({} contact)", outcome.kind(), outcome.channel().key());
        } finally {
            MDC.remove("caseReference");
        }
        return outcome;
    }
}
