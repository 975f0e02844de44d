package org.contactrouter.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.contactrouter.contact.Channel;
import org.contactrouter.officer.Officer;
import org.contactrouter.officer.Presence;
import org.contactrouter.officer.Role;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final Officer WASTE_EMAIL_OFFICER = new Officer("w", "Waste", Role.OFFICER,
            Map.of(Channel.EMAIL, 2, Channel.PHONE, 1), Set.of("waste"), Set.of("en"), Presence.AVAILABLE);

    @Test
    void anOfficerTakesTheirChannelsAndAreasOnly() {
        Eligibility e = Eligibility.of(WASTE_EMAIL_OFFICER, Map.of());
        assertThat(e.allows(Channel.EMAIL, "waste", "en", 0)).isTrue();
        assertThat(e.allows(Channel.EMAIL, "housing", "en", 0)).isFalse();
        assertThat(e.allows(Channel.SOCIAL, "waste", "en", 0)).isFalse();
    }

    @Test
    void welshCasesGoOnlyToWelshSpeakersWhateverTheWidening() {
        Eligibility e = Eligibility.of(WASTE_EMAIL_OFFICER, Map.of());
        assertThat(e.allows(Channel.EMAIL, "waste", "cy", 0)).isFalse();
        assertThat(e.allows(Channel.EMAIL, "housing", "cy", 2)).isFalse();
    }

    @Test
    void wideningOpensOtherAreasThenOtherChannels() {
        Eligibility e = Eligibility.of(WASTE_EMAIL_OFFICER, Map.of());
        assertThat(e.allows(Channel.EMAIL, "housing", "en", 1)).isTrue();
        assertThat(e.allows(Channel.SOCIAL, "housing", "en", 1)).isFalse();
        assertThat(e.allows(Channel.SOCIAL, "housing", "en", 2)).isTrue();
    }

    @Test
    void aFullChannelTakesNothingMore() {
        Eligibility e = Eligibility.of(WASTE_EMAIL_OFFICER, Map.of(Channel.PHONE, 1, Channel.SOCIAL, 1));
        assertThat(e.allows(Channel.PHONE, "waste", "en", 0)).isFalse();
        assertThat(e.allows(Channel.PHONE, "waste", "en", 2)).isFalse();
        // untrained channels allow one case at level 2, and this officer already holds one social case
        assertThat(e.allows(Channel.SOCIAL, "waste", "en", 2)).isFalse();
        assertThat(e.allows(Channel.EMAIL, "waste", "en", 0)).isTrue();
    }
}
