package org.contactrouter.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import org.contactrouter.classification.Classifier;
import org.contactrouter.contact.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrivalsCsvTest {

    @TempDir
    Path dir;

    @Test
    void casesExportedFromTheDatabaseReplayWithTheirServiceAreaLanguageAndStandardFacts() throws Exception {
        List<ArrivalsCsv.Line> lines;
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:export;DB_CLOSE_DELAY=-1");
             Statement sql = db.createStatement()) {
            sql.execute("""
                    create table cases (id bigint primary key, channel varchar(20), service_area varchar(60),
                    language varchar(8), priority varchar(10), case_type varchar(40), subject varchar(500),
                    opened_at timestamp with time zone)""");
            sql.execute("""
                    insert into cases values
                    (1, 'EMAIL', 'housing', 'cy', 'NORMAL', 'complaint', 'Personal details', TIMESTAMP WITH TIME ZONE '2026-03-02 09:15:00+00'),
                    (2, 'PHONE', 'waste', 'en', 'HIGH', null, 'x', TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00'),
                    (3, 'WEB', 'waste', 'en', 'NORMAL', null, 'x', TIMESTAMP WITH TIME ZONE '2026-03-09 08:00:00+00')""");
            lines = CaseExporter.export(db, Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z"));
        }
        Path file = dir.resolve("arrivals.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            ArrivalsCsv.write(lines, out);
        }

        assertThat(Files.readAllLines(file)).containsExactly(
                "received_at,channel,service_area,language,priority,case_type",
                "2026-03-02T08:00:00Z,phone,waste,en,HIGH,",
                "2026-03-02T09:15:00Z,email,housing,cy,NORMAL,complaint");
        List<SimulatedContact> arrivals = ArrivalsCsv.read(file, Fixtures.SCENARIO.handling(), 1);
        Classifier classifier = new Classifier(Fixtures.RULES);
        assertThat(arrivals).extracting(a -> a.contact().channel()).containsExactly(Channel.PHONE, Channel.EMAIL);
        assertThat(arrivals).extracting(a -> classifier.classify(a.contact(), null).serviceArea())
                .containsExactly("waste", "housing");
        assertThat(arrivals).extracting(a -> classifier.classify(a.contact(), null).language()).containsExactly("en", "cy");
        assertThat(arrivals).extracting(SimulatedContact::priority, SimulatedContact::caseType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HIGH", null),
                        org.assertj.core.groups.Tuple.tuple("NORMAL", "complaint"));
        assertThat(arrivals).allSatisfy(a -> assertThat(a.handling()).isPositive());
    }
}
