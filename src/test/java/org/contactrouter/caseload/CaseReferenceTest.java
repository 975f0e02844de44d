package org.contactrouter.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseReferenceTest {

    @Test
    void formatsWithSixDigitsAtLeast() {
        assertThat(new CaseReference(2026, 123)).hasToString("CR-2026-000123");
        assertThat(new CaseReference(2027, 12_345_678)).hasToString("CR-2027-12345678");
    }

    @Test
    void parsesAReferenceTypedOnItsOwn() {
        assertThat(CaseReference.parse(" cr-2026-000123 ")).contains(new CaseReference(2026, 123));
        assertThat(CaseReference.parse("CR-2026-123")).isEmpty();
        assertThat(CaseReference.parse("see CR-2026-000123")).isEmpty();
        assertThat(CaseReference.parse(null)).isEmpty();
    }

    @Test
    void findsAReferenceInASubjectLine() {
        assertThat(CaseReference.findIn("Re: [CR-2026-000042] Missed bin")).contains(new CaseReference(2026, 42));
        assertThat(CaseReference.findIn("Order XCR-2026-000042")).isEmpty();
        assertThat(CaseReference.findIn("no reference here")).isEmpty();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new CaseReference(1999, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseReference(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
