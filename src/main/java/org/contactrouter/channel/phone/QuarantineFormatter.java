package org.contactrouter.channel.phone;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the quarantine file for a phone log's bad rows: a CSV file (opens in a spreadsheet) with the header
 * {@code line_number,reason,original_line} and one row per bad row, in file order. {@code original_line} holds the
 * row exactly as it was, so it can be corrected and dropped into the inbox again in a new file.
 */
public final class QuarantineFormatter {

    /** The quarantine file's header columns. */
    public static final List<String> HEADER = List.of("line_number", "reason", "original_line");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();

    /** The content of the quarantine file; just the header when there are no bad rows. */
    public String format(List<BadCallRow> badRows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (BadCallRow row : badRows) {
                printer.printRecord(row.lineNumber(), row.reason(), row.originalText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}
