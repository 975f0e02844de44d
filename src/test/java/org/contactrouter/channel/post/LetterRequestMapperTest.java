package org.contactrouter.channel.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.contactrouter.channel.phone.FieldError;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.junit.jupiter.api.Test;

/** A letter from the post room becomes a contact carrying its address, or is refused field by field. */
class LetterRequestMapperTest {

    private static final Instant NOW = Instant.parse("2026-07-14T13:00:00Z");
    private static final LetterRequestMapper MAPPER = new LetterRequestMapper(ZoneId.of("Europe/London"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static LetterRequest letter(String receivedOn, List<String> address, String postcode) {
        return new LetterRequest("scan-0042", receivedOn, " Ann Jones ", address, postcode,
                "The streetlight outside number 12 has been out for a month.", null);
    }

    private static Contact accepted(LetterRequest request) {
        LetterMapping mapping = MAPPER.map(request);
        assertThat(mapping).isInstanceOf(LetterMapping.Accepted.class);
        return ((LetterMapping.Accepted) mapping).contact();
    }

    private static List<FieldError> rejected(LetterRequest request) {
        LetterMapping mapping = MAPPER.map(request);
        assertThat(mapping).isInstanceOf(LetterMapping.Rejected.class);
        return ((LetterMapping.Rejected) mapping).errors();
    }

    @Test
    void aLetterBecomesAPostContactWithItsAddressAndTheCitizensPostalIdentity() {
        Contact contact = accepted(letter("2026-07-14", List.of("12 Elm Road", " ", "Cardiff"), "cf10 4uw"));

        assertThat(contact.channel()).isEqualTo(Channel.POST);
        assertThat(contact.source()).isEqualTo("post-room");
        assertThat(contact.channelMessageId()).isEqualTo("scan-0042");
        assertThat(contact.receivedAt()).as("the start of the day in London (BST)")
                .isEqualTo(Instant.parse("2026-07-13T23:00:00Z"));
        assertThat(contact.sender().displayName()).isEqualTo("Ann Jones");
        assertThat(contact.sender().identities()).containsExactly(new Identity("postal", "cf10 4uw, 12 elm road"));
        assertThat(contact.attributes()).isEqualTo(Map.of("post.address", "12 Elm Road\nCardiff",
                "post.postcode", "CF10 4UW"));
        assertThat(contact.subject()).isEqualTo("The streetlight outside number 12 has been out for a month.");
        assertThat(contact.caseReferenceHint()).isNull();

        PostalAddress address = PostalAddress.of(contact).orElseThrow();
        assertThat(address.oneLine()).isEqualTo("Ann Jones, 12 Elm Road, Cardiff, CF10 4UW");
        assertThat(address.notifyAddressLines()).containsExactly(Map.entry("address_line_1", "Ann Jones"),
                Map.entry("address_line_2", "12 Elm Road"), Map.entry("address_line_3", "Cardiff"),
                Map.entry("address_line_4", "CF10 4UW"));
    }

    @Test
    void aTimeIsKeptAsGivenAndNoTimeAtAllIsNow() {
        assertThat(accepted(letter("2026-07-14T09:30:00+01:00", List.of("1 A St", "Town"), "M1 1AE")).receivedAt())
                .isEqualTo(Instant.parse("2026-07-14T08:30:00Z"));
        assertThat(accepted(letter("2026-07-14T09:30", List.of("1 A St", "Town"), "M1 1AE")).receivedAt())
                .as("local time in London").isEqualTo(Instant.parse("2026-07-14T08:30:00Z"));
        assertThat(accepted(letter(null, List.of("1 A St", "Town"), "M1 1AE")).receivedAt()).isEqualTo(NOW);
    }

    @Test
    void aPostcodeRepeatedAsTheLastAddressLineIsPrintedOnceAndAReferenceInTheTextIsFound() {
        LetterRequest request = new LetterRequest("scan-7", "2026-07-14", null,
                List.of("Flat 2", "3 High Street", "Bangor", "ll57 2ew"), "LL57 2EW",
                "Re your letter CR-2026-000123: I still disagree.", null);
        Contact contact = accepted(request);

        assertThat(PostalAddress.of(contact).orElseThrow().printed())
                .containsExactly("Flat 2", "3 High Street", "Bangor", "LL57 2EW");
        assertThat(contact.caseReferenceHint()).isEqualTo("CR-2026-000123");
        assertThat(accepted(new LetterRequest("scan-8", null, "B", List.of("1 A St", "Town"), "M1 1AE", "Hello",
                " cr-2026-000456 ")).caseReferenceHint()).isEqualTo("CR-2026-000456");
    }

    @Test
    void everyBadFieldIsNamedWithWhatIsWrong() {
        List<FieldError> errors = rejected(new LetterRequest(" ", "14/07/2026", "x".repeat(201),
                List.of("12 Elm Road"), "CF10", "  ", "case 12"));

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("letterId", "receivedOn", "name", "postcode", "address", "text", "caseReference");
        assertThat(errors).extracting(FieldError::message).containsExactly(
                "letterId is required: the scanning system's id",
                "receivedOn must be the date the letter arrived, such as 2026-12-07, or a time such as"
                        + " 2026-12-07T09:30:00Z",
                "name is longer than 200 characters",
                "postcode 'CF10' is not a UK postcode, such as CF10 4UW",
                "address needs at least 2 lines above the postcode (such as the house and street, and the town):"
                        + " GOV.UK Notify prints at least 3 with the postcode",
                "text is required: the letter's text or a summary",
                "caseReference 'case 12' is not a case reference, such as CR-2026-000123");
    }

    @Test
    void aMissingPostcodeAddressOrFutureDateIsRefused() {
        assertThat(rejected(new LetterRequest("scan-9", "2026-07-15", "Ann", null, null, "Hello", null)))
                .containsExactly(new FieldError("receivedOn", "receivedOn is in the future"),
                        new FieldError("postcode", "postcode is required: GOV.UK Notify posts only to an address"
                                + " ending in a UK postcode"),
                        new FieldError("address", "address needs at least 2 lines above the postcode (such as the"
                                + " house and street, and the town): GOV.UK Notify prints at least 3 with the"
                                + " postcode"));
        assertThat(rejected(letter(null, List.of("1", "2", "3", "4", "5", "6"), "M1 1AE")))
                .containsExactly(new FieldError("address", "address has 6 lines above the postcode; at most 5 fit"
                        + " with the name and the postcode"));
        assertThat(rejected(letter(null, List.of("1 A St", "x".repeat(201)), "M1 1AE")))
                .containsExactly(new FieldError("address", "address has a line longer than 200 characters"));
    }
}
