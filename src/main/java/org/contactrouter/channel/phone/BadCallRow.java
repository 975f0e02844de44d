package org.contactrouter.channel.phone;

/**
 * A row of a phone log that could not be read; it goes to the quarantine file for someone to fix.
 *
 * @param lineNumber   the 1-based line of the file on which the row starts
 * @param reason       what is wrong, e.g. "unparseable date 'yesterday' in start"
 * @param originalText the row exactly as it was in the file (several lines if a quoted field spans lines)
 */
public record BadCallRow(int lineNumber, String reason, String originalText) {
}
