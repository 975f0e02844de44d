package org.contactrouter.channel.phone;

/**
 * One CSV record as it appears in the file: usually one line, more when a quoted field spans lines.
 *
 * @param lineNumber the 1-based line on which the record starts
 * @param text       the original text, line breaks inside quoted fields included
 */
record SourceRecord(int lineNumber, String text) {
}
