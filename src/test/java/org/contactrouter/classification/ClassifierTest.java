package org.contactrouter.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.sla.BankHolidayDivision;
import org.contactrouter.sla.CaseType;
import org.contactrouter.sla.SlaStandardsFile;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    static final Classifier SHIPPED = shipped();

    @Test
    void anOpen311ServiceCodeIsMapped() {
        Contact report = contact(Channel.WEB, "open311", "Pothole", "Deep hole").attributes(
                Map.of("open311ServiceCode", "pothole")).build();
        assertThat(SHIPPED.classify(report, null).serviceArea()).isEqualTo("highways");
    }

    @Test
    void aMailboxAndAPhoneQueueAreMapped() {
        assertThat(SHIPPED.classify(contact(Channel.EMAIL, "housing", "Hello", "x").build(), null).serviceArea())
                .isEqualTo("housing");
        assertThat(SHIPPED.classify(contact(Channel.PHONE, "asterisk-cdr", "Missed call", "")
                .serviceAreaHint("Council Tax").build(), null).serviceArea()).isEqualTo("council-tax");
    }

    @Test
    void aNamedAreaIsTakenButAnUnmappedQueueIsNot() {
        assertThat(SHIPPED.classify(contact(Channel.WEB, "web-form", "x", "y").serviceAreaHint("waste").build(), null)
                .serviceArea()).isEqualTo("waste");
        assertThat(SHIPPED.classify(contact(Channel.PHONE, "asterisk-cdr", "Missed call", "")
                .serviceAreaHint("Switchboard").build(), null).serviceArea()).isEqualTo("general");
    }

    @Test
    void wordsDecideWhenNothingElseDoesAndWholeWordsOnly() {
        assertThat(SHIPPED.classify(contact(Channel.SOCIAL, "twitter", null,
                "@council my bins were not emptied, the recycling is everywhere").build(), null).serviceArea())
                .isEqualTo("waste");
        assertThat(SHIPPED.classify(contact(Channel.SOCIAL, "twitter", null, "Robinson Road has a pothole")
                .build(), null).serviceArea()).isEqualTo("highways");
        assertThat(SHIPPED.classify(contact(Channel.EMAIL, "info", "Hello", "Just saying hello").build(), null)
                .serviceArea()).isEqualTo("general");
    }

    @Test
    void languageIsTheContactsChoiceThenDetectedThenTheCitizensEarlierChoice() {
        assertThat(SHIPPED.classify(contact(Channel.WEB, "web-form", null, "My bin").language("cy").build(), "en")
                .language()).isEqualTo("cy");
        assertThat(SHIPPED.classify(contact(Channel.EMAIL, "info", null, "Mae fy min heb ei gasglu, diolch").build(),
                null).language()).isEqualTo("cy");
        assertThat(SHIPPED.classify(contact(Channel.PHONE, "api", null, "").build(), "cy").language()).isEqualTo("cy");
        assertThat(SHIPPED.classify(contact(Channel.PHONE, "api", null, "").build(), null).language()).isEqualTo("en");
    }

    @Test
    void aStatutoryCaseTypeIsToldByItsWordsWhateverTheServiceArea() {
        Classifier.Classification foi = SHIPPED.classify(contact(Channel.EMAIL, "waste", "FOI request",
                "Under the Freedom of Information Act, how many bins were missed?").build(), null);
        assertThat(foi).extracting(Classifier.Classification::serviceArea, Classifier.Classification::caseType)
                .containsExactly("waste", "foi");
        assertThat(SHIPPED.classify(contact(Channel.WEB, "web-form", "Subject access request",
                "Please send me my personal data").build(), null).caseType()).isEqualTo("subject-access");
        assertThat(SHIPPED.classify(contact(Channel.EMAIL, "info", "Cwyn ffurfiol", "Hoffwn wneud cwyn ffurfiol")
                .build(), null).caseType()).isEqualTo("complaint-stage-1");
        assertThat(SHIPPED.classify(contact(Channel.EMAIL, "info", "Missed bin", "My bin was missed again").build(),
                null).caseType()).as("an ordinary request has no case type").isNull();
    }

    @Test
    void theShippedCaseTypesAreDefinedInTheShippedStandardsAndAnUnknownOneIsRefused() throws Exception {
        ClassificationRules rules = ClassificationRules.load(Path.of("config/classification.yml"));
        Set<String> defined = SlaStandardsFile.load(Path.of("config/sla-standards.yml"),
                BankHolidayDivision.ENGLAND_AND_WALES).standards().caseTypes().stream().map(CaseType::key)
                .collect(Collectors.toSet());
        rules.requireCaseTypes(defined, "sla-standards.yml");

        assertThatThrownBy(() -> rules.requireCaseTypes(Set.of("foi", "eir"), "sla-standards.yml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("classification rules: case-types.subject-access is not a case type of"
                        + " sla-standards.yml; define it there or use one of [eir, foi]");
    }

    @Test
    void aBrokenRulesFileIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ClassificationRules.parse(Map.of("areas", Map.of()), "rules.yml"))
                .hasMessage("rules.yml: default-area is missing");
        assertThatThrownBy(() -> ClassificationRules.parse(Map.of("default-area", "general",
                "areas", Map.of("waste", Map.of("phrases", java.util.List.of()))), "rules.yml"))
                .hasMessage("rules.yml: areas.waste.phrases must be a non-empty list");
    }

    private static Contact.Builder contact(Channel channel, String source, String subject, String body) {
        return Contact.builder(channel, source, "id", Instant.now()).subject(subject).body(body);
    }

    private static Classifier shipped() {
        try {
            return new Classifier(ClassificationRules.load(Path.of("config/classification.yml")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
