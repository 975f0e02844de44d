package org.contactrouter.channel.phone;

import org.contactrouter.contact.Contact;

import java.util.List;

/**
 * What one phone-log file yielded.
 *
 * @param layout       the layout detected, or null for a file with no records
 * @param contacts     the contacts to enqueue, in file order
 * @param skippedCount rows read correctly that the {@link CallRecordPolicy} does not turn into contacts
 * @param badRows      rows that could not be read, in file order, for the quarantine file
 */
public record CallLogParseResult(CallLogLayout layout, List<Contact> contacts, int skippedCount,
                                 List<BadCallRow> badRows) {

    public CallLogParseResult {
        contacts = List.copyOf(contacts);
        badRows = List.copyOf(badRows);
    }

    /** The result of a file with no records: nothing to do and nothing wrong. */
    public static CallLogParseResult empty() {
        return new CallLogParseResult(null, List.of(), 0, List.of());
    }

    /** Whether some rows need to go to quarantine. */
    public boolean hasBadRows() {
        return !badRows.isEmpty();
    }
}
