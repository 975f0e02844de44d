package org.contactrouter.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTextTest {

    @Test
    void textThatFitsIsKeptAsItIs() {
        assertThat(SqlText.truncate("x".repeat(500), 500)).isEqualTo("x".repeat(500));
        assertThat(SqlText.truncate(null, 5)).isNull();
    }

    @Test
    void textOneTooLongIsCutToTheColumnWidthAndEndsInAVisibleMarker() {
        String cut = SqlText.truncate("x".repeat(501), 500);

        assertThat(cut).hasSize(500).endsWith(SqlText.SHORTENED).startsWith("x".repeat(499));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String cut = SqlText.truncate("abc\uD83D\uDE00def", 5);

        assertThat(cut).isEqualTo("abc" + SqlText.SHORTENED);
    }
}
