package org.contactrouter.channel.email;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedHistoryTrimmerTest {

    @Test
    void cutsAtOriginalMessageSeparator() {
        String text = "Still waiting.\n\n-----Original Message-----\nFrom: Council\nSent: Monday\n\nOld text";

        assertThat(QuotedHistoryTrimmer.trim(text)).isEqualTo("Still waiting.");
    }

    @Test
    void cutsAtWelshOutlookHeaders() {
        String text = "Diolch.\n\nOddi wrth: Cyngor <info@council.example>\nAnfonwyd: 2 Mawrth 2026\nPwnc: Biniau\n\nHen";

        assertThat(QuotedHistoryTrimmer.trim(text)).isEqualTo("Diolch.");
    }

    @Test
    void cutsAtSingleLineAttribution() {
        String text = "Thanks.\n\nOn 5 Mar 2026, at 16:02, Council <c@council.example> wrote:\n\n> Old";

        assertThat(QuotedHistoryTrimmer.trim(text)).isEqualTo("Thanks.");
    }

    @Test
    void keepsAFromLineThatIsNotAHeaderBlock() {
        String text = "From: the top of the hill the bins are visible.\nThey are overflowing.";

        assertThat(QuotedHistoryTrimmer.trim(text)).isEqualTo(text);
    }

    @Test
    void keepsEverythingWhenOnlyHistoryWouldRemain() {
        String text = "> quoted only\n> nothing new";

        assertThat(QuotedHistoryTrimmer.trim(text)).isEqualTo(text);
    }
}
