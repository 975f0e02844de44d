package org.contactrouter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which pages the staff menu offers each role, and which item a page belongs to. */
class StaffMenuTest {

    @Test
    void anOfficerGetsCaseworkAndTheSearchOnly() {
        StaffMenu menu = StaffMenu.of("Alice", Set.of("OFFICER"), "/workspace/cases/CR-2026-000001");
        assertThat(menu.items()).extracting(StaffMenu.Item::label).containsExactly("My workspace", "Find a case");
        assertThat(menu.search()).isTrue();
        assertThat(menu.current()).isEqualTo("/workspace");
        assertThat(menu.home()).contains("/workspace");
    }

    @Test
    void aSupervisorAlsoGetsTheDashboardReportsAndSimulator() {
        StaffMenu menu = StaffMenu.of("Sam", Set.of("SUPERVISOR", "OFFICER"), "/supervisor/reports");
        assertThat(menu.items()).extracting(StaffMenu.Item::label)
                .containsExactly("My workspace", "Find a case", "Dashboard", "Reports", "Simulator");
        assertThat(menu.current()).as("the longest match, not the dashboard").isEqualTo("/supervisor/reports");
    }

    @Test
    void anAdministratorRunsTheSystemNotCases() {
        StaffMenu menu = StaffMenu.of("Ada", Set.of("ADMIN"), "/admin/api-keys");
        assertThat(menu.items()).extracting(StaffMenu.Item::label)
                .containsExactly("Officers", "Dead letters", "API keys");
        assertThat(menu.search()).isFalse();
        assertThat(menu.current()).isEqualTo("/admin/api-keys");
        assertThat(menu.home()).contains("/admin/officers");
    }

    @Test
    void aPathOutsideTheMenuMarksNothing() {
        assertThat(StaffMenu.of("Alice", Set.of("OFFICER"), "/workspaces").current()).isNull();
        assertThat(StaffMenu.of("Nobody", Set.of(), "/").home()).isEmpty();
    }
}
