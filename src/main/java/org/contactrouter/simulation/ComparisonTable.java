package org.contactrouter.simulation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.contactrouter.sla.Milestone;

/**
 * Policy reports side by side, one column per policy, in sections of labelled rows: what the command prints as
 * text and the supervisor page shows as tables.
 */
public record ComparisonTable(List<String> policies, List<Section> sections) {

    public record Section(String title, List<Row> rows) {
    }

    public record Row(String label, List<String> cells) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    public static ComparisonTable of(List<SimulationReport> reports, ZoneId zone) {
        List<Section> sections = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            Predicate<SimulationReport.Group> timed = g -> g.attainment(milestone).total() > 0;
            if (reports.stream().anyMatch(r -> r.groups().stream().anyMatch(timed))) {
                sections.add(new Section(title(milestone) + ": met on time (late, breached)",
                        rows(reports, timed, g -> attainment(g.attainment(milestone)))));
            }
        }
        sections.add(new Section("Working hours from receipt to answer: mean / 90th percentile",
                rows(reports, g -> g.cases() > 0, g -> g.responded() == 0 ? "none answered"
                        : hours(g.meanResponse()) + " / " + hours(g.p90Response()))));
        sections.add(new Section("Officers", List.of(
                new Row("Utilisation (handling time / rostered time)",
                        reports.stream().map(r -> String.format(Locale.UK, "%.0f%%", 100 * r.utilisation())).toList()),
                new Row("Most cases waiting at once", reports.stream().map(r -> String.valueOf(r.peakQueue())).toList()))));
        sections.add(new Section("Cases waiting for an officer: most on each day (hourly samples)", dailyPeaks(reports, zone)));
        return new ComparisonTable(reports.stream().map(r -> r.policy().label()).toList(), sections);
    }

    /** Plain text with aligned columns, for the command line. */
    public String toText() {
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(policies);
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
        }
        for (Section section : sections) {
            widths[0] = Math.max(widths[0], section.title().length());
            for (Row row : section.rows()) {
                widths[0] = Math.max(widths[0], row.label().length() + 2);
                for (int i = 0; i < row.cells().size(); i++) {
                    widths[i + 1] = Math.max(widths[i + 1], row.cells().get(i).length());
                }
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, widths, header);
        for (Section section : sections) {
            text.append(System.lineSeparator()).append(section.title()).append(System.lineSeparator());
            for (Row row : section.rows()) {
                List<String> cells = new ArrayList<>(List.of("  " + row.label()));
                cells.addAll(row.cells());
                line(text, widths, cells);
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, int[] widths, List<String> cells) {
        StringBuilder line = new StringBuilder(String.format("%-" + widths[0] + "s", cells.get(0)));
        for (int i = 1; i < cells.size(); i++) {
            line.append(" | ").append(String.format("%" + widths[i] + "s", cells.get(i)));
        }
        text.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    private static List<Row> rows(List<SimulationReport> reports, Predicate<SimulationReport.Group> shown,
                                  Function<SimulationReport.Group, String> cell) {
        List<Row> rows = new ArrayList<>();
        // Every policy replays the same arrivals, classified the same way, so the reports have the same rows.
        List<SimulationReport.Group> layout = reports.get(0).groups();
        for (int i = 0; i < layout.size(); i++) {
            int index = i;
            if (reports.stream().anyMatch(r -> shown.test(r.groups().get(index)))) {
                rows.add(new Row(label(layout.get(i)), reports.stream().map(r -> cell.apply(r.groups().get(index))).toList()));
            }
        }
        return rows;
    }

    private static List<Row> dailyPeaks(List<SimulationReport> reports, ZoneId zone) {
        Map<LocalDate, List<String>> byDay = new TreeMap<>();
        for (int column = 0; column < reports.size(); column++) {
            Map<LocalDate, Integer> peaks = new TreeMap<>();
            reports.get(column).queue().forEach(s -> peaks.merge(s.at().atZone(zone).toLocalDate(), s.waiting(), Math::max));
            int index = column;
            peaks.forEach((day, peak) -> {
                List<String> cells = byDay.computeIfAbsent(day, d -> new ArrayList<>());
                while (cells.size() < index) {
                    cells.add("0");
                }
                cells.add(String.valueOf(peak));
            });
        }
        List<Row> rows = new ArrayList<>();
        byDay.forEach((day, cells) -> {
            while (cells.size() < reports.size()) {
                cells.add("0");
            }
            rows.add(new Row(DAY.format(day), cells));
        });
        return rows;
    }

    private static String label(SimulationReport.Group group) {
        if (group.channel() == null) {
            return "All channels";
        }
        return group.serviceArea() == null ? group.channel().key() : group.channel().key() + " / " + group.serviceArea();
    }

    private static String title(Milestone milestone) {
        return switch (milestone) {
            case ACKNOWLEDGE -> "Acknowledgement";
            case FIRST_RESPONSE -> "First response";
            case NEXT_RESPONSE -> "Next response";
            case RESOLVE -> "Resolution";
        };
    }

    private static String attainment(Attainment a) {
        return String.format(Locale.UK, "%.1f%% (%d, %d)", a.onTimePercent(), a.late(), a.breached());
    }

    private static String hours(Duration duration) {
        return String.format(Locale.UK, "%.1fh", duration.toSeconds() / 3600.0);
    }
}
