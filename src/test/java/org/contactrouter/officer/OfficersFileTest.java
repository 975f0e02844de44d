package org.contactrouter.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.contactrouter.contact.Channel;
import org.junit.jupiter.api.Test;

class OfficersFileTest {

    @Test
    void theShippedDemoStaffLoadWithTheirSkills() throws Exception {
        List<OfficersFile.OfficerSpec> officers = OfficersFile.load(Path.of("config/officers.yml"));
        OfficersFile.OfficerSpec alice = officers.get(0);
        assertThat(alice.username()).isEqualTo("alice");
        assertThat(alice.capacities()).containsEntry(Channel.EMAIL, 4).containsEntry(Channel.PHONE, 1);
        assertThat(alice.languages()).contains("cy");
        assertThat(officers).extracting(OfficersFile.OfficerSpec::role).contains(Role.SUPERVISOR, Role.ADMIN);
    }

    @Test
    void mistakesNameTheOfficerAndKey() {
        assertThatThrownBy(() -> OfficersFile.parse(Map.of("officers", List.of(Map.of("username", "x", "name", "X",
                "role", "OFFICER", "channels", Map.of("fax", 1)))), "officers.yml"))
                .hasMessage("officers.yml: officers[0].channels: 'fax' is not a channel (phone, email, web, social)");
        assertThatThrownBy(() -> OfficersFile.parse(Map.of("officers", List.of(Map.of("username", "x", "name", "X",
                "role", "OFFICER", "channels", Map.of("email", 0)))), "officers.yml"))
                .hasMessage("officers.yml: officers[0].channels.email: capacity must be a number from 1 to 50");
        assertThatThrownBy(() -> OfficersFile.parse(Map.of("officers", List.of(Map.of("username", "x", "name", "X",
                "role", "BOSS"))), "officers.yml"))
                .hasMessage("officers.yml: officers[0].role: 'BOSS' is not OFFICER, SUPERVISOR or ADMIN");
    }
}
