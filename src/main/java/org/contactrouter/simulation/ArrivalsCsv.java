package org.contactrouter.simulation;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;

/**
 * An arrival stream as a CSV file, one line per case, as {@link CaseExporter} writes it from the system's own cases:
 * <pre>
 * received_at   when the case's first contact was received, ISO-8601 instant (2026-03-02T09:14:03Z)
 * channel       phone, email, web, social, sms or post
 * service_area  the case's service area (after any correction by an officer)
 * language      en or cy
 * priority      NORMAL, HIGH ...
 * case_type     e.g. complaint or foi; empty for none
 * </pre>
 * No names, addresses or message text: the file is safe to share. Replayed, each line becomes a contact whose
 * channel names its service area and whose citizen chose its language, so the live classifier gives the case the
 * area and language it had. Handling times are drawn from config/simulation/handling.yml with the seed.
 */
public final class ArrivalsCsv {

    static final String[] COLUMNS = {"received_at", "channel", "service_area", "language", "priority", "case_type"};

    /** One line of the file. */
    public record Line(Instant receivedAt, Channel channel, String serviceArea, String language, String priority,
                       String caseType) {
    }

    private ArrivalsCsv() {
    }

    public static void write(List<Line> lines, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
            for (Line line : lines) {
                printer.printRecord(line.receivedAt(), line.channel().key(), line.serviceArea(), line.language(),
                        line.priority(), line.caseType() == null ? "" : line.caseType());
            }
        }
    }

    public static List<SimulatedContact> read(Path file, HandlingTimes handling, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<SimulatedContact> arrivals = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Line line = parse(record, file + " line " + (record.getRecordNumber() + 1));
                Contact contact = Contact.builder(line.channel(), "export", "export-" + record.getRecordNumber(),
                        line.receivedAt()).serviceAreaHint(line.serviceArea()).language(line.language()).build();
                arrivals.add(new SimulatedContact(contact, line.priority(), line.caseType(),
                        handling.draw(line.channel(), random)));
            }
        }
        arrivals.sort(Comparator.comparing(a -> a.contact().receivedAt()));
        return arrivals;
    }

    private static Line parse(CSVRecord record, String where) {
        try {
            String caseType = record.get("case_type");
            return new Line(Instant.parse(record.get("received_at")), Channel.fromKey(record.get("channel")),
                    record.get("service_area"), record.get("language"), record.get("priority"),
                    caseType.isBlank() ? null : caseType);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage()
                    + " (columns: " + String.join(",", COLUMNS) + ")");
        }
    }
}
