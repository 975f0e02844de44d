package org.contactrouter.channel.email;

import jakarta.mail.internet.MimeMessage;
import org.contactrouter.contact.AttachmentInfo;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fixture in the corpus, parsed, classified and bounce-checked, against what a person reading it expects. */
class EmailCorpusTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    @TempDir
    Path attachments;

    static List<Expected> corpus() {
        return List.of(
                fixture("01-plain-text.eml").from("jane.doe@example.org", "Jane Doe").subject("Missed bin collection")
                        .messageId("CAF1234abcd@mail.example.org").receivedAt("2026-03-02T09:13:58Z")
                        .body("My green bin was not collected this morning at 14 Elm Road, Llanfair."),
                fixture("02-multipart-alternative.eml").html().from("tom.price@example.net", "Tom Price")
                        .subject("Streetlight out on Mill Lane")
                        .body("Column number is ML-17.").bodyLacks("HTML-ONLY-MARKER"),
                fixture("03-html-only.eml").html().from("priya@example.com", "Priya Shah").subject("Damp in my flat")
                        .body("There is black mould in the bedroom of flat 2B.", "- Bedroom wall\n- Bathroom ceiling",
                                "Photos are on my album (https://photos.example.com/album/42).")
                        .bodyLacks("SCRIPT-MARKER", "HIDDEN-STYLE", "alert", "javascript", "steal"),
                fixture("04-forwarded-rfc822.eml").from("alan.hughes@example.org", "Alan Hughes")
                        .subject("Fwd: Noise from the Red Lion")
                        .body("Please see the complaint my neighbour sent me below.",
                                "From: Beth Morgan <beth.morgan@example.com>",
                                "The music from the Red Lion beer garden went on until 1am again.")
                        .display("beer garden went on until 1am"),
                fixture("05-outlook-reply.eml").from("gareth.evans@example.co.uk", "Evans, Gareth")
                        .subject("RE: [CR-2026-000123] Pothole on the High Street")
                        .body("a car has damaged a tyre on it", "QUOTED-ACK-MARKER")
                        .display("a car has damaged a tyre on it").displayLacks("QUOTED-ACK-MARKER", "Sent:", "____")
                        .conversation("DB9PR01MB0001@DB9PR01.prod.outlook.com", "ack-0001@council.example")
                        .reference("CR-2026-000123").language("en"),
                fixture("06-gmail-reply.eml").from("sam.jones@gmail.example", "Sam Jones")
                        .subject("Re: Single person discount")
                        .body("I can send the tenancy agreement.", "QUOTED-GMAIL-MARKER")
                        .display("I can send the tenancy agreement.").displayLacks("QUOTED-GMAIL-MARKER", "wrote:")
                        .conversation("CAJx9k=first@mail.gmail.example", "reply-0042@council.example"),
                fixture("07-calendar-invite.eml").from("rhian.price@partner.example", "Rhian Price")
                        .subject("Invitation: Site visit at Plas Newydd")
                        .body("Would the planning officer be able to join a site visit?",
                                "Calendar invitation (request): Site visit at Plas Newydd, planning application "
                                        + "26/0042, starts 2026-03-16 10:00 UTC, at Plas Newydd car park")
                        .attachments(1, 1).names("invite.ics", "invite.ics"),
                fixture("08-dsn-permanent.eml").from("mailer-daemon@mx.council.example", "Mail Delivery System")
                        .subject("Undelivered Mail Returned to Sender").body("could not\nbe delivered")
                        .automated(AutomatedMail.Reason.DELIVERY_REPORT).bounce(true),
                fixture("09-dsn-delayed.eml").from("postmaster@mx.council.example", null)
                        .subject("Delivery Status Notification (Delay)").body("has been delayed")
                        .automated(AutomatedMail.Reason.DELIVERY_REPORT).bounce(false),
                fixture("10-out-of-office.eml").from("lowri.davies@example.org", "Lowri Davies")
                        .subject("Automatic reply: [CR-2026-000150] Re: Garden waste subscription")
                        .body("I am out of the office").automated(AutomatedMail.Reason.AUTO_REPLY).autoReplySuppressed()
                        .conversation("ack-150@council.example").reference("CR-2026-000150"),
                fixture("11-mailing-list.eml").from("news@lists.example.org", "Community Newsletter")
                        .subject("This week in Llanfair: fun run and market").body("The fun run starts at 10am")
                        .automated(AutomatedMail.Reason.MAILING_LIST),
                fixture("12-iso-8859-1-qp.eml").from("renee@example.fr", "Renée Dupont")
                        .subject("Parking fee near the café")
                        .body("The café on Bridge Street charges £20 for parking and it’s not signposted."),
                fixture("13-windows-1252-8bit.eml").from("marek.nowak@example.pl", "Marek Nowak")
                        .subject("Permit charge").body("I was charged €15 for a “residents’ permit” – is that right?"),
                fixture("14-base64-utf8.eml").from("gwion@example.cymru", "Gwion Roberts")
                        .subject("Palmant wedi torri")
                        .body("Mae’r palmant ar Ffordd y Bryn wedi torri. Diolch yn fawr — Gwŵion").language("cy"),
                fixture("15-welsh-subject-rfc2047.eml").from("sian.hughes@example.cymru", "Siân Hughes")
                        .subject("Cwyn am y dŵr ar Stryd y Tŷ Gwyn")
                        .body("Mae dŵr yn gollwng o’r bibell ers dydd Llun.").language("cy"),
                fixture("16-missing-message-id.eml").from("old.client@example.net", "Old Client")
                        .subject("Opening hours").body("What time does the library").syntheticMessageId(),
                fixture("17-missing-date.eml").from("script.user@example.net", "Script User")
                        .subject("Recycling centre").body("bank holidays").receivedAt(NOW.toString()),
                fixture("18-attachment-allowed.eml").from("chris.lloyd@example.org", "Chris Lloyd")
                        .subject("Proof of income").body("Please find my payslip attached.")
                        .attachments(1, 0).names("payslip-march.pdf"),
                fixture("19-attachment-refused-type.eml").from("prizes@example.biz", "Unknown Sender")
                        .subject("Invoice attached").body("Please open the invoice.")
                        .attachments(1, 1).names("invoice.exe", "invoice.pdf")
                        .refusal("file type not accepted: application/x-msdownload"),
                fixture("20-attachment-too-large.eml").from("helen.ward@example.org", "Helen Ward")
                        .subject("Photo of the extension").body("Here is a photo")
                        .attachments(0, 1).names("extension.jpg").refusal("too large: 5000 bytes, limit 4096 bytes"),
                fixture("21-inline-image.eml").html().from("owen.bell@example.com", "Owen Bell")
                        .subject("Fly-tipping on Quarry Road").body("Someone has dumped a sofa by the gate on Quarry Road.")
                        .attachments(1, 0).names("attachment-1"),
                fixture("22-mailer-daemon.eml").from("mailer-daemon@relay.example.net", "Mail Delivery Subsystem")
                        .subject("Returned mail: see transcript for details").body("permanent fatal errors")
                        .automated(AutomatedMail.Reason.SYSTEM_SENDER),
                fixture("23-precedence-bulk.eml").from("offers@shop.example", "Offers Team")
                        .subject("Spring sale now on").body("garden furniture")
                        .automated(AutomatedMail.Reason.BULK_PRECEDENCE),
                fixture("24-auto-response-suppress.eml").from("bookings@partner.example", "Facilities Booking")
                        .subject("Your room booking is confirmed").body("Room 2 at the Civic Centre")
                        .autoReplySuppressed(),
                fixture("25-case-reference-subject.eml").from("mary.obrien@example.ie", "Mary O'Brien")
                        .subject("Re: [cr-2026-000777] Fly-tipping behind the shops - more rubbish")
                        .body("More bags have been left").reference("CR-2026-000777"),
                fixture("26-too-many-attachments.eml").from("dafydd.rees@example.org", "Dafydd Rees")
                        .subject("Bank statements").body("Four pages")
                        .attachments(3, 1).names("page-1.pdf", "page-2.pdf", "page-3.pdf", "page-4.pdf")
                        .refusal("too many attachments: at most 3 per message"),
                fixture("27-null-return-path.eml").from("no-reply@portal.example", "Notifications")
                        .subject("Your password was changed").body("planning portal")
                        .automated(AutomatedMail.Reason.NULL_RETURN_PATH),
                fixture("28-nested-multipart.eml").html().from("nia.thomas@example.org", "Nia Thomas")
                        .subject("School transport form")
                        .body("My son needs school transport from September. Form attached.")
                        .bodyLacks("<p>").attachments(2, 0).names("logo.png", "transport-form.pdf"),
                fixture("29-gmail-inline-forward.eml").from("kate.ellis@gmail.example", "Kate Ellis")
                        .subject("Fwd: Worried about my neighbour").replyTo("kate.home@example.org")
                        .body("I am forwarding this").display("FORWARDED-BODY-MARKER Mr Davies at number 9"),
                fixture("30-quoted-only-lines.eml").from("bob.carter@example.org", "Bob Carter")
                        .subject("Re: Payment plan").body("QUOTED-TAIL-MARKER")
                        .display("> Can you pay on the 1st of the month?\nYes, the 1st is fine.", "No thanks")
                        .displayLacks("QUOTED-TAIL-MARKER").conversation("reply-900@council.example"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void parsesAsAPersonWouldReadIt(Expected expected) throws Exception {
        MimeMessage message = EmailFixtures.load(expected.file);
        ParsedEmail email = new EmailParser(new FileSystemAttachmentStore(attachments), EmailFixtures.POLICY)
                .parse(message, EmailFixtures.MAILBOX, null, NOW);

        assertThat(email.fromAddress()).isEqualTo(expected.fromAddress);
        assertThat(email.fromName()).isEqualTo(expected.fromName);
        assertThat(email.subject()).isEqualTo(expected.subject);
        assertThat(email.replyTo()).isEqualTo(expected.replyTo);
        assertThat(expected.bodyContains).as("every fixture names some body text").isNotEmpty();
        assertText(email.body(), expected.bodyContains, expected.bodyLacks);
        assertText(email.displayBody(), expected.displayContains, expected.displayLacks);
        assertThat(email.conversationIds()).containsExactlyElementsOf(expected.conversation);
        assertThat(email.caseReferenceHint()).isEqualTo(expected.reference);
        assertThat(email.language()).isEqualTo(expected.language);
        if (expected.syntheticMessageId) {
            assertThat(MessageIds.isSynthetic(email.messageId())).isTrue();
        } else if (expected.messageId != null) {
            assertThat(email.messageId()).isEqualTo(expected.messageId);
        } else {
            assertThat(MessageIds.isSynthetic(email.messageId())).isFalse();
        }
        if (email.sanitisedHtml() != null) {
            assertThat(email.sanitisedHtml()).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onload")
                    .doesNotContainIgnoringCase("javascript:");
        }
        assertThat(email.sanitisedHtml() != null).isEqualTo(expected.html);
        if (expected.receivedAt != null) {
            assertThat(email.receivedAt()).isEqualTo(expected.receivedAt);
        }

        List<AttachmentInfo> files = email.attachments();
        assertThat(files.stream().filter(a -> !a.refused())).hasSize(expected.stored)
                .allSatisfy(a -> assertThat(a.storageKey()).isNotBlank());
        assertThat(files.stream().filter(AttachmentInfo::refused)).hasSize(expected.refused)
                .allSatisfy(a -> assertThat(a.storageKey()).isNull());
        if (expected.names != null) {
            assertThat(files).extracting(AttachmentInfo::fileName).containsExactly(expected.names);
        }
        if (expected.refusal != null) {
            assertThat(files).extracting(AttachmentInfo::refusedReason).contains(expected.refusal);
        }

        Optional<AutomatedMail> automated = new AutomatedMailDetector().detect(message);
        assertThat(automated.map(AutomatedMail::reason)).isEqualTo(Optional.ofNullable(expected.automated));
        assertThat(new AutomatedMailDetector().autoReplySuppressed(message).isPresent())
                .as("asks for no automatic reply").isEqualTo(expected.autoReplySuppressed);

        Optional<Bounce> bounce = new BounceParser().parse(message);
        assertThat(bounce.map(Bounce::permanent)).isEqualTo(Optional.ofNullable(expected.bouncePermanent));

        assertContactMatches(email.toContact(), email);
    }

    private static void assertText(String actual, String[] present, String[] absent) {
        for (String text : present) {
            assertThat(actual).contains(text);
        }
        for (String text : absent) {
            assertThat(actual).doesNotContain(text);
        }
    }

    private static void assertContactMatches(Contact contact, ParsedEmail email) {
        assertThat(contact.channel()).isEqualTo(Channel.EMAIL);
        assertThat(contact.source()).isEqualTo("waste");
        assertThat(contact.serviceAreaHint()).isEqualTo("waste-and-recycling");
        assertThat(contact.channelMessageId()).isEqualTo(email.messageId());
        assertThat(contact.sender().identities()).containsExactly(Identity.email(email.fromAddress()));
        assertThat(contact.sender().displayName()).isEqualTo(email.fromName());
        assertThat(contact.subject()).isEqualTo(email.subject());
        assertThat(contact.body()).isEqualTo(email.body());
        assertThat(contact.attributes()).containsEntry("displayBody", email.displayBody());
        assertThat(contact.caseReferenceHint()).isEqualTo(email.caseReferenceHint());
        assertThat(contact.conversationIds()).isEqualTo(email.conversationIds());
        assertThat(contact.attachments()).isEqualTo(email.attachments());
        assertThat(contact.receivedAt()).isEqualTo(email.receivedAt());
        assertThat(contact.language()).isEqualTo(email.language());
        assertThat(contact.attributes().get("replyTo")).isEqualTo(email.replyTo());
    }

    private static Expected fixture(String file) {
        return new Expected(file);
    }

    /** What one fixture should parse to; unset expectations mean "none" (no attachments, not automated...). */
    static final class Expected {
        final String file;
        String fromAddress;
        String fromName;
        String subject;
        String replyTo;
        String messageId;
        boolean syntheticMessageId;
        boolean html;
        Instant receivedAt;
        String[] bodyContains = {};
        String[] bodyLacks = {};
        String[] displayContains = {};
        String[] displayLacks = {};
        List<String> conversation = List.of();
        String reference;
        String language;
        AutomatedMail.Reason automated;
        boolean autoReplySuppressed;
        Boolean bouncePermanent;
        int stored;
        int refused;
        String[] names;
        String refusal;

        Expected(String file) {
            this.file = file;
        }

        Expected from(String address, String name) { fromAddress = address; fromName = name; return this; }
        Expected subject(String value) { subject = value; return this; }
        Expected replyTo(String value) { replyTo = value; return this; }
        Expected messageId(String value) { messageId = value; return this; }
        Expected html() { html = true; return this; }
        Expected syntheticMessageId() { syntheticMessageId = true; return this; }
        Expected receivedAt(String value) { receivedAt = Instant.parse(value); return this; }
        Expected body(String... values) { bodyContains = values; return this; }
        Expected bodyLacks(String... values) { bodyLacks = values; return this; }
        Expected display(String... values) { displayContains = values; return this; }
        Expected displayLacks(String... values) { displayLacks = values; return this; }
        Expected conversation(String... ids) { conversation = new ArrayList<>(List.of(ids)); return this; }
        Expected reference(String value) { reference = value; return this; }
        Expected language(String value) { language = value; return this; }
        Expected automated(AutomatedMail.Reason value) { automated = value; return this; }
        Expected autoReplySuppressed() { autoReplySuppressed = true; return this; }
        Expected bounce(boolean permanent) { bouncePermanent = permanent; return this; }
        Expected attachments(int storedCount, int refusedCount) { stored = storedCount; refused = refusedCount; return this; }
        Expected names(String... values) { names = values; return this; }
        Expected refusal(String value) { refusal = value; return this; }

        @Override
        public String toString() {
            return file;
        }
    }
}
