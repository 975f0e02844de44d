package org.contactrouter.channel.phone;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuarantineFormatterTest {

    private final QuarantineFormatter formatter = new QuarantineFormatter();

    @Test
    void writesLineNumberReasonAndTheOriginalRowAsCsv() {
        String quarantine = formatter.format(List.of(
                new BadCallRow(4, "unparseable date 'soon' in start", "\"\",\"0161\",\"soon\""),
                new BadCallRow(6, "wrong column count: expected 16 to 18 (Asterisk CDR), found 3", "a,b,c")));

        assertThat(quarantine).isEqualTo("line_number,reason,original_line\n"
                + "4,unparseable date 'soon' in start,\"\"\"\"\",\"\"0161\"\",\"\"soon\"\"\"\n"
                + "6,\"wrong column count: expected 16 to 18 (Asterisk CDR), found 3\",\"a,b,c\"\n");
    }

    @Test
    void theOriginalRowsOfARealFileCanBeReadBackExactly() throws IOException {
        List<BadCallRow> badRows = PhoneLogs.parse(PhoneLogs.defaultParser(), "asterisk-with-uniqueid.csv").badRows();

        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(formatter.format(badRows), format)) {
            List<BadCallRow> readBack = parser.getRecords().stream()
                    .map(r -> new BadCallRow(Integer.parseInt(r.get("line_number")), r.get("reason"),
                            r.get("original_line")))
                    .toList();
            assertThat(readBack).hasSize(6).isEqualTo(badRows);
        }
    }

    @Test
    void keepsMultiLineRowsInOneQuarantineRecord() {
        String quarantine = formatter.format(List.of(new BadCallRow(7, "missing caller in caller_number",
                ",,2026-07-14T10:00:00Z,Housing,MISSED,\"line one\nline two\",")));

        assertThat(quarantine).isEqualTo("line_number,reason,original_line\n"
                + "7,missing caller in caller_number,\",,2026-07-14T10:00:00Z,Housing,MISSED,\"\"line one\n"
                + "line two\"\",\"\n");
    }

    @Test
    void noBadRowsIsJustTheHeader() {
        assertThat(formatter.format(List.of())).isEqualTo("line_number,reason,original_line\n");
    }
}
