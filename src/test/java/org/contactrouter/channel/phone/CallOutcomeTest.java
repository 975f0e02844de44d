package org.contactrouter.channel.phone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CallOutcomeTest {

    @ParameterizedTest
    @CsvSource({"MISSED,MISSED", "missed,MISSED", "' Voicemail ',VOICEMAIL", "callback requested,CALLBACK_REQUESTED",
            "Callback-Requested,CALLBACK_REQUESTED", "resolved,RESOLVED"})
    void readsOutcomeNamesLeniently(String code, CallOutcome outcome) {
        assertThat(CallOutcome.fromCode(code)).contains(outcome);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "NO ANSWER", "called back"})
    void unknownNamesAreEmpty(String code) {
        assertThat(CallOutcome.fromCode(code)).isEmpty();
    }
}
