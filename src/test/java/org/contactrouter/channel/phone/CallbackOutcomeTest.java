package org.contactrouter.channel.phone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackOutcomeTest {

    @Test
    void speakingToTheCallerOrLeavingAVoicemailIsAResponseButABareRingIsNot() {
        assertThat(CallbackOutcome.REACHED.countsAsResponse()).isTrue();
        assertThat(CallbackOutcome.VOICEMAIL_LEFT.countsAsResponse()).isTrue();
        assertThat(CallbackOutcome.NO_ANSWER.countsAsResponse()).isFalse();
    }

    @Test
    void eachOutcomeHasADescription() {
        assertThat(CallbackOutcome.REACHED.description()).isEqualTo("Spoke to the caller");
        assertThat(CallbackOutcome.NO_ANSWER.description()).isEqualTo("No answer, no message left");
        assertThat(CallbackOutcome.VOICEMAIL_LEFT.description()).isEqualTo("No answer, voicemail left");
    }
}
