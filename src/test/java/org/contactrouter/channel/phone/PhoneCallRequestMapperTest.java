package org.contactrouter.channel.phone;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneCallRequestMapperTest {

    private final PhoneCallRequestMapper mapper =
            new PhoneCallRequestMapper(PhoneChannelSettings.defaults(), new PhoneNumberNormaliser());

    @Test
    void aValidCallBecomesAContactWithTheCallIdAndStartTime() {
        PhoneCallRequest request = new PhoneCallRequest("1784016902.26", "07700 900123", " Mary Jones ",
                "2026-07-14T09:15:02", "Housing", "voicemail", "Leaking roof", "VM-17");

        assertThat(mapper.validate(request)).isEmpty();
        assertThat(mapper.map(request)).isEqualTo(new PhoneCallMapping.Accepted(
                Contact.builder(Channel.PHONE, "api", "1784016902.26", Instant.parse("2026-07-14T08:15:02Z"))
                        .sender(Sender.of("Mary Jones", Identity.phone("+447700900123")))
                        .subject("Voicemail on Housing queue")
                        .body("Leaking roof")
                        .serviceAreaHint("Housing")
                        .attributes(Map.of("outcome", "VOICEMAIL", "queue", "Housing", "notes", "Leaking roof",
                                "voicemailReference", "VM-17"))
                        .build()));
    }

    @Test
    void aWithheldCallerIsAnonymous() {
        PhoneCallMapping mapping = mapper.map(new PhoneCallRequest("c-2", "withheld", null,
                "2026-01-12T14:03:10Z", null, "MISSED", null, null));

        assertThat(mapping).isInstanceOfSatisfying(PhoneCallMapping.Accepted.class, accepted -> {
            assertThat(accepted.contact().sender().isAnonymous()).isTrue();
            assertThat(accepted.contact().attributes()).containsEntry("callerWithheld", "true");
            assertThat(accepted.contact().subject()).isEqualTo("Missed call");
        });
    }

    @Test
    void everyBadFieldIsReported() {
        PhoneCallRequest request = new PhoneCallRequest(" ", "", "x".repeat(201), "14/07/2026", null,
                "CALLED_BACK", null, null);

        assertThat(mapper.map(request)).isEqualTo(new PhoneCallMapping.Rejected(mapper.validate(request)));
        assertThat(mapper.validate(request)).containsExactly(
                new FieldError("callId", "missing call id in callId"),
                new FieldError("callerNumber",
                        "missing caller in callerNumber (write 'withheld' for a withheld number)"),
                new FieldError("callerName", "callerName is longer than 200 characters"),
                new FieldError("startedAt", "unparseable date '14/07/2026' in startedAt"),
                new FieldError("outcome", "unknown outcome 'CALLED_BACK' in outcome (expected one of MISSED,"
                        + " VOICEMAIL, CALLBACK_REQUESTED, ANSWERED, RESOLVED)"));
    }

    @Test
    void anInvalidNumberIsAFieldError() {
        assertThat(mapper.validate(new PhoneCallRequest("c-3", "12ab", null, "2026-07-14T09:15:02Z", null,
                "MISSED", null, null)))
                .containsExactly(new FieldError("callerNumber", "not a phone number: '12ab' in callerNumber"));
    }

    @Test
    void anAnsweredCallIsValidButSkipped() {
        PhoneCallMapping mapping = mapper.map(new PhoneCallRequest("c-4", "07700900123", null,
                "2026-07-14T09:15:02+01:00", "Housing", "ANSWERED", null, null));

        assertThat(mapping).isEqualTo(new PhoneCallMapping.Skipped("outcome ANSWERED does not create a contact"));
    }
}
