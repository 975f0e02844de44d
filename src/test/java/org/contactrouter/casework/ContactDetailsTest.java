package org.contactrouter.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the case page lists under a message, from what its channel recorded. */
class ContactDetailsTest {

    @Test
    void aVoicemailShowsWhereTheRecordingIs() {
        Map<String, String> call = new LinkedHashMap<>();
        call.put("outcome", "VOICEMAIL");
        call.put("queue", "Council Tax");
        call.put("durationSeconds", "88");
        call.put("voicemailReference", "VM-2026-0042");
        assertThat(ContactDetails.of(call)).containsExactly(
                new ContactDetails("Call outcome", "Voicemail", null),
                new ContactDetails("Phone queue", "Council Tax", null),
                new ContactDetails("Call length", "88 seconds", null),
                new ContactDetails("Voicemail", "VM-2026-0042", null));
    }

    @Test
    void anOpen311ReportShowsItsPlaceAnswersAndAPhotoLinkedOnlyWhenItIsAWebAddress() {
        Map<String, String> report = new LinkedHashMap<>();
        report.put("open311ServiceCode", "pothole");
        report.put("lat", "52.48");
        report.put("long", "-1.89");
        report.put("media_url", "https://example.org/p.jpg");
        report.put("open311.attribute[depth]", "deep");
        assertThat(ContactDetails.of(report)).containsExactly(
                new ContactDetails("Open311 service", "pothole", null),
                new ContactDetails("Location", "52.48, -1.89", null),
                new ContactDetails("Photo", "https://example.org/p.jpg", "https://example.org/p.jpg"),
                new ContactDetails("depth", "deep", null));
        assertThat(ContactDetails.of(Map.of("media_url", "javascript:alert(1)")))
                .containsExactly(new ContactDetails("Photo", "javascript:alert(1)", null));
    }
}
