package org.contactrouter.reply;

import java.util.Optional;

import org.contactrouter.caseload.CaseLifecycle;
import org.contactrouter.sla.CaseType;
import org.contactrouter.sla.SlaConfiguration;

/**
 * What an acknowledgement promises the citizen, on whichever channel it goes: the channel's response standard, or
 * for a statutory case its own deadline, since an FOI request is not answered in the channel's 3 working days and
 * the citizen must not be told it will be.
 */
public final class AcknowledgementPromise {

    private AcknowledgementPromise() {
    }

    /** @param channelStandard the channel's wording in the case's language ("We aim to reply within ...") */
    public static String of(CaseLifecycle.CaseOpened opened, String channelStandard, SlaConfiguration sla) {
        return opened.caseType() == null ? channelStandard : statutory(opened, sla).orElse(channelStandard);
    }

    private static Optional<String> statutory(CaseLifecycle.CaseOpened opened, SlaConfiguration sla) {
        Optional<CaseType> type = sla.standards().caseType(opened.caseType());
        return type.flatMap(t -> sla.firstResponseDue(opened.channel(), opened.serviceArea(), null, t.key(),
                        opened.contact().receivedAt()))
                .map(due -> CitizenDates.format(due, sla.calendar().zone(), opened.language()))
                .map(by -> "cy".equals(opened.language())
                        ? "Rydym yn ymdrin â'ch neges fel: " + type.get().name() + ". Byddwn yn ymateb erbyn " + by + "."
                        : "Your message is being handled as: " + type.get().name() + ". We will respond by " + by + ".");
    }
}
