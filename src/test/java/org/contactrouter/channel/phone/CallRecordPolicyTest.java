package org.contactrouter.channel.phone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallRecordPolicyTest {

    @ParameterizedTest
    @EnumSource(value = CallOutcome.class, names = {"MISSED", "VOICEMAIL", "CALLBACK_REQUESTED"})
    void byDefaultCallsLeavingTheCitizenWaitingBecomeContacts(CallOutcome outcome) {
        assertThat(CallRecordPolicy.defaults().reasonToSkip(call(outcome, "anything", null, null))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CallOutcome.class, names = {"ANSWERED", "RESOLVED"})
    void byDefaultAnsweredCallsDoNot(CallOutcome outcome) {
        assertThat(CallRecordPolicy.defaults().reasonToSkip(call(outcome, "housing", null, null)))
                .contains("outcome " + outcome + " does not create a contact");
    }

    @Test
    void aQueueListMatchesQueueContextOrDialledNumberIgnoringCase() {
        CallRecordPolicy policy = new CallRecordPolicy(null, List.of(" Housing ", "council-tax", "0300123456", ""));

        assertThat(policy.createsContact(call(CallOutcome.MISSED, "HOUSING", null, null))).isTrue();
        assertThat(policy.createsContact(call(CallOutcome.MISSED, null, "Council-Tax", null))).isTrue();
        assertThat(policy.createsContact(call(CallOutcome.MISSED, null, null, "0300123456"))).isTrue();
        assertThat(policy.reasonToSkip(call(CallOutcome.VOICEMAIL, "internal", "internal", "2002")))
                .contains("queue 'internal' is not one of the council queues");
        assertThat(policy.createsContact(call(CallOutcome.MISSED, null, null, null))).isFalse();
    }

    @Test
    void outcomesAreConfigurable() {
        CallRecordPolicy missedOnly = new CallRecordPolicy(Set.of(CallOutcome.MISSED), List.of());

        assertThat(missedOnly.createsContact(call(CallOutcome.MISSED, null, null, null))).isTrue();
        assertThat(missedOnly.createsContact(call(CallOutcome.VOICEMAIL, null, null, null))).isFalse();
        assertThat(new CallRecordPolicy(Set.of(), null)).isEqualTo(CallRecordPolicy.defaults());
    }

    private static CallRecord call(CallOutcome outcome, String queue, String context, String dialled) {
        return new CallRecord("id-1", new CallerNumber.Withheld(), null, Instant.parse("2026-01-01T00:00:00Z"),
                queue, context, dialled, outcome, null, null, null);
    }
}
