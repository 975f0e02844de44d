package org.contactrouter.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.contactrouter.EmbeddedPostgresDatabase;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;
import org.contactrouter.contact.Identity;
import org.contactrouter.contact.Sender;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Case search on PostgreSQL, the production database, where words are found by its full-text search. */
class PostgresCaseSearchTest extends CaseSearchTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Test
    void wordsAreMatchedByTheirStemSoPluralsAndTensesFindEachOther() {
        String area = unique("search");
        String reference = openCaseIn(area, Contact.builder(Channel.EMAIL, "api", UUID.randomUUID().toString(),
                        Instant.now()).sender(Sender.of("Rhys", Identity.email(unique("f") + "@example.org")))
                .subject("Flooding").body("The drains flooded after the storms").build());

        assertThat(search.find(new CaseSearch.CaseFilter("flood drain storm", null, null, area, null, null), 0, 50)
                .content()).extracting(CaseSearch.CaseSummary::reference).containsExactly(reference);
    }
}
