package org.contactrouter.channel.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each of Notify's statuses means for the reply, by the type of notification. */
class NotifyStatusTest {

    @Test
    void aLetterInThePostIsPostedAndFinalButNeverDelivered() {
        assertThat(NotifyStatus.posted("letter", "received")).isTrue();
        assertThat(NotifyStatus.posted("letter", "accepted")).isFalse();
        assertThat(NotifyStatus.posted("sms", "received")).isFalse();
        assertThat(NotifyStatus.failureReason("letter", "received")).isEmpty();
        assertThat(NotifyNotifications.FINAL).contains("received").doesNotContain("accepted", "created");
    }

    @Test
    void eachWayALetterIsNotPostedHasItsOwnReason() {
        assertThat(NotifyStatus.failureReason("letter", "permanent-failure")).contains("GOV.UK Notify reports a"
                + " permanent failure: its printing provider cannot print the letter, so it was not posted");
        assertThat(NotifyStatus.failureReason("letter", "technical-failure")).contains("GOV.UK Notify could not send"
                + " it to its printing provider because of a technical problem, so it was not posted");
        assertThat(NotifyStatus.failureReason("letter", "cancelled")).contains("the letter was cancelled in GOV.UK"
                + " Notify before it was printed, so it was not posted");
        assertThat(NotifyStatus.failureReason("letter", "validation-failed")).get().asString()
                .startsWith("GOV.UK Notify refused to print it");
        assertThat(NotifyNotifications.FINAL).contains("cancelled", "validation-failed", "permanent-failure",
                "technical-failure");
    }

    @Test
    void anEmailOrATextKeepsItsOwnReasonsAndALetterHasNoTemporaryFailure() {
        assertThat(NotifyStatus.failureReason("email", "permanent-failure")).get().asString()
                .contains("email provider");
        assertThat(NotifyStatus.failureReason("sms", "permanent-failure")).get().asString()
                .contains("mobile network");
        assertThat(NotifyStatus.failureReason("email", "cancelled")).isEmpty();
        assertThat(NotifyStatus.failureReason("letter", "temporary-failure")).isEmpty();
    }
}
