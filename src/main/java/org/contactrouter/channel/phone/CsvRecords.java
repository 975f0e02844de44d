package org.contactrouter.channel.phone;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a phone log into records and each record into fields, one record at a time, so that a broken record (a
 * stray quote, say) is reported on its own and never stops commons-csv from reading the records after it.
 */
final class CsvRecords {

    /** A quoted field may span lines (notes), but an unclosed quote must not swallow the rest of the file. */
    static final int MAX_LINES_PER_RECORD = 50;

    /**
     * Longest line read: a real call row is a few hundred characters, notes included. A longer one (a binary file
     * or a runaway export) is quarantined unread rather than handed to the CSV and date parsers.
     */
    static final int MAX_LINE_LENGTH = 8_192;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();

    private CsvRecords() {
    }

    /** The non-blank records of a file in order; a leading byte-order mark (Excel exports) is dropped. */
    static List<SourceRecord> split(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<String> lines = text.lines().toList();
        List<SourceRecord> records = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            if (lines.get(index).isBlank()) {
                index++;
                continue;
            }
            int end = endOfRecord(lines, index);
            records.add(new SourceRecord(index + 1, String.join("\n", lines.subList(index, end))));
            index = end;
        }
        return records;
    }

    /** The fields of one record, or why it is not valid CSV. */
    static List<String> fields(SourceRecord record) {
        int longest = record.text().lines().mapToInt(String::length).max().orElse(0);
        if (longest > MAX_LINE_LENGTH) {
            throw new InvalidCallFieldException(null, "line too long: " + longest + " characters, the limit is "
                    + MAX_LINE_LENGTH);
        }
        try (CSVParser parser = CSVParser.parse(record.text(), FORMAT)) {
            List<CSVRecord> parsed = parser.getRecords();
            if (parsed.size() != 1) {
                throw malformed();
            }
            return parsed.get(0).toList();
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            throw malformed();
        }
    }

    /**
     * The index after the last line of the record starting at {@code start}: the record ends where its quotes
     * balance. If they never do within the limit, the first line is taken alone and reported as malformed.
     */
    private static int endOfRecord(List<String> lines, int start) {
        int quotes = 0;
        int limit = Math.min(lines.size(), start + MAX_LINES_PER_RECORD);
        for (int i = start; i < limit; i++) {
            quotes += countQuotes(lines.get(i));
            if (quotes % 2 == 0) {
                return i + 1;
            }
        }
        return start + 1;
    }

    private static int countQuotes(String line) {
        return (int) line.chars().filter(c -> c == '"').count();
    }

    private static InvalidCallFieldException malformed() {
        return new InvalidCallFieldException(null, "malformed CSV: unbalanced or misplaced quotes");
    }
}
