package org.contactrouter.channel.phone;

import org.contactrouter.contact.Contact;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one phone-log file (Asterisk CDR or the council layout, detected by the presence of a header row) into
 * the contacts to enqueue, the number of calls the policy skips, and the rows that could not be read. A bad row is
 * reported with its line number and never stops the rows after it.
 */
public final class CallLogParser {

    private final PhoneChannelSettings settings;
    private final PhoneNumberNormaliser normaliser;

    public CallLogParser(PhoneChannelSettings settings, PhoneNumberNormaliser normaliser) {
        this.settings = settings;
        this.normaliser = normaliser;
    }

    /** Reads a whole file; the caller opens and closes the reader (UTF-8 expected). */
    public CallLogParseResult parse(Reader file) {
        StringWriter content = new StringWriter();
        try {
            file.transferTo(content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read phone log", e);
        }
        return parse(content.toString());
    }

    /** Reads a file's content; never throws for bad content. */
    public CallLogParseResult parse(String content) {
        List<SourceRecord> records = CsvRecords.split(content);
        if (records.isEmpty()) {
            return CallLogParseResult.empty();
        }
        FileReading reading = new FileReading();
        SourceRecord first = records.get(0);
        List<String> firstFields = fieldsOrNull(first);
        if (firstFields != null && CouncilCsvReader.isHeader(firstFields)) {
            reading.readCouncil(first, firstFields, records.subList(1, records.size()));
            return reading.result(CallLogLayout.COUNCIL_CSV);
        }
        reading.readRows(new AsteriskCdrReader(settings.zone(), normaliser), CallLogLayout.ASTERISK_CDR, records);
        return reading.result(CallLogLayout.ASTERISK_CDR);
    }

    private static List<String> fieldsOrNull(SourceRecord record) {
        try {
            return CsvRecords.fields(record);
        } catch (InvalidCallFieldException e) {
            return null; // reported when the record is read as data
        }
    }

    /** The state of reading one file. */
    private final class FileReading {
        private final List<Contact> contacts = new ArrayList<>();
        private final List<BadCallRow> badRows = new ArrayList<>();
        private int skipped;

        void readCouncil(SourceRecord header, List<String> headerFields, List<SourceRecord> rows) {
            CouncilCsvReader reader;
            try {
                reader = CouncilCsvReader.fromHeader(headerFields, settings.zone(), normaliser);
            } catch (InvalidCallFieldException e) {
                // Without the columns no row can be read: quarantine the whole file so it can be fixed and resent.
                badRows.add(new BadCallRow(header.lineNumber(), e.getMessage(), header.text()));
                rows.forEach(row -> badRows.add(new BadCallRow(row.lineNumber(),
                        "not read: the header row on line " + header.lineNumber() + " is invalid", row.text())));
                return;
            }
            readRows(reader, CallLogLayout.COUNCIL_CSV, rows);
        }

        void readRows(CallRowReader reader, CallLogLayout layout, List<SourceRecord> rows) {
            for (SourceRecord row : rows) {
                try {
                    CallRecord call = reader.read(CsvRecords.fields(row));
                    if (settings.policy().createsContact(call)) {
                        CallFields.usableCaller(null, call.caller());
                        contacts.add(CallContacts.toContact(call, layout.source()));
                    } else {
                        // Internal and answered calls are skipped whatever their number (extensions are not E.164).
                        skipped++;
                    }
                } catch (InvalidCallFieldException e) {
                    badRows.add(new BadCallRow(row.lineNumber(), e.getMessage(), row.text()));
                } catch (RuntimeException e) {
                    // A bug must cost one row, not the file: the row is quarantined with what went wrong.
                    badRows.add(new BadCallRow(row.lineNumber(), "could not be read: " + e, row.text()));
                }
            }
        }

        CallLogParseResult result(CallLogLayout layout) {
            return new CallLogParseResult(layout, contacts, skipped, badRows);
        }
    }
}
