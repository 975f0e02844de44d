package org.contactrouter.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.contactrouter.channel.phone.PhoneNumberNormaliser;
import org.contactrouter.contact.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How what an officer types in the search box is understood. */
class SearchTermTest {

    private final PhoneNumberNormaliser phones = new PhoneNumberNormaliser();

    @ParameterizedTest
    @ValueSource(strings = {"CR-2026-000123", "cr-2026-000123", " cr 2026 000123 ", "CR2026000123", "c r 2026 123",
            "cr-2026-123"})
    void aReferenceIsRecognisedAsReadOutOrTyped(String typed) {
        assertThat(SearchTerm.parse(typed, phones))
                .contains(new SearchTerm.ByReference(new CaseReference(2026, 123)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "+44 7700 900123", "0044 7700 900123", "+44 (0)7700 900123",
            "07700-900-123", "(07700) 900123"})
    void aPhoneNumberInAnyFormatIsNormalisedToE164(String typed) {
        assertThat(SearchTerm.parse(typed, phones))
                .contains(new SearchTerm.ByIdentity(Identity.phone("+447700900123")));
    }

    @Test
    void anEmailAddressIsMatchedIgnoringCase() {
        assertThat(SearchTerm.parse(" Jo.Bloggs@Example.ORG ", phones))
                .contains(new SearchTerm.ByIdentity(Identity.email("jo.bloggs@example.org")));
    }

    @Test
    void aHandleIsLookedUpWithoutItsAt() {
        assertThat(SearchTerm.parse("@Council_Watcher", phones)).contains(new SearchTerm.ByHandle("council_watcher"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CF10 4UW", "cf104uw", " Cf10  4uw "})
    void aPostcodeIsWrittenTheRoyalMailWay(String typed) {
        assertThat(SearchTerm.parse(typed, phones)).contains(new SearchTerm.ByPostcode("CF10 4UW"));
    }

    @Test
    void shortNumbersAndWordsAreText() {
        assertThat(SearchTerm.parse("12 Mill Lane", phones)).contains(new SearchTerm.ByText("12 Mill Lane"));
        assertThat(SearchTerm.parse("2026", phones)).contains(new SearchTerm.ByText("2026"));
        assertThat(SearchTerm.parse("CR-1999-000001", phones)).contains(new SearchTerm.ByText("CR-1999-000001"));
        assertThat(SearchTerm.parse("missed bin", phones)).contains(new SearchTerm.ByText("missed bin"));
        assertThat(SearchTerm.parse("CF10", phones)).as("half a postcode").contains(new SearchTerm.ByText("CF10"));
    }

    @Test
    void nothingTypedIsNoSearch() {
        assertThat(SearchTerm.parse("   ", phones)).isEmpty();
        assertThat(SearchTerm.parse(null, phones)).isEmpty();
    }
}
