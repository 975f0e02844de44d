package org.contactrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile messages on an inbound queue (issue 8, 2): whatever text arrives, the codec returns a contact or throws
 * {@link InvalidContactException} with a reason, which routes/intake.yaml dead-letters with that cause. Any other
 * exception would be retried as if it were a passing fault.
 */
class ContactCodecFuzzProperties {

    private static final String GOOD = new ContactCodec(JsonMapper.builder().findAndAddModules().build()).encode(
            Contact.builder(Channel.EMAIL, "general", "fuzz@example.org", Instant.parse("2026-04-01T12:00:00Z"))
                    .sender(Sender.of("Jo", Identity.email("jo@example.org"))).subject("Bins").body("Missed").build());

    private final ContactCodec codec = new ContactCodec(JsonMapper.builder().findAndAddModules().build());

    @Property(tries = 1_000)
    void anyTextIsAContactOrRefusedWithAReason(@ForAll("hostileJson") String text) {
        Throwable thrown = catchThrowable(() -> codec.decode(text));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidContactException.class);
            assertThat(thrown.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> hostileJson() {
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> truncated = Arbitraries.integers().between(0, GOOD.length()).map(n -> GOOD.substring(0, n));
        Arbitrary<String> mutated = Arbitraries.integers().between(0, GOOD.length() - 1)
                .flatMap(at -> Arbitraries.strings().withChars("{}[]\":,0nt\\u0000-9e").ofMaxLength(4)
                        .map(insert -> GOOD.substring(0, at) + insert + GOOD.substring(at + 1)));
        Arbitrary<String> wrongTypes = Arbitraries.of("null", "[]", "1", "\"x\"", "{}", "{\"channel\":\"FAX\"}",
                "{\"channel\":null}", "{\"receivedAt\":\"yesterday\"}", "{\"attachments\":{}}",
                "{\"sender\":{\"identities\":[null]}}", "{\"channel\":\"EMAIL\",\"channelMessageId\":\"\"}");
        Arbitrary<String> fieldSwap = Arbitraries.of("\"EMAIL\"", "\"general\"", "\"Bins\"", "\"Missed\"")
                .flatMap(field -> Arbitraries.of("null", "1", "[]", "{}", "true", "\"\"")
                        .map(replacement -> GOOD.replace(field, replacement)));
        return Arbitraries.oneOf(anything, truncated, mutated, wrongTypes, fieldSwap);
    }
}
