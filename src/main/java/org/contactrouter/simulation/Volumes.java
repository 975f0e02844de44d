package org.contactrouter.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contactrouter.contact.Channel;

/**
 * Expected contact volumes (config/simulation/volumes.yml): contacts per hour of the day for each channel, on
 * weekdays and at weekends, the mix of service areas and the share written in Welsh.
 *
 * @param start        first day simulated (council time zone)
 * @param days         how many days of arrivals
 * @param weekday      per channel, 24 hourly averages for Monday to Friday
 * @param weekend      per channel, 24 hourly averages for Saturday and Sunday
 * @param serviceAreas weight of each service area, in file order
 * @param welshShare   share of contacts written in Welsh, 0 to 1
 */
public record Volumes(LocalDate start, int days, Map<Channel, List<Double>> weekday, Map<Channel, List<Double>> weekend,
                      Map<String, Double> serviceAreas, double welshShare) {

    public static Volumes load(Path file) throws IOException {
        String source = file.toString();
        Map<?, ?> root = YamlSections.map(YamlSections.load(file), source);
        LocalDate start = date(root.get("start"), source + ": start");
        int days = (int) YamlSections.number(root.get("days"), source + ": days");
        Map<String, Double> areas = new LinkedHashMap<>();
        YamlSections.map(root.get("service-areas"), source + ": service-areas").forEach((area, weight) ->
                areas.put(area.toString(), YamlSections.number(weight, source + ": service-areas." + area)));
        double welsh = YamlSections.number(root.get("welsh-share"), source + ": welsh-share");
        if (days < 1 || areas.isEmpty() || welsh > 1) {
            throw new IllegalStateException(source + ": needs days >= 1, at least one service area and welsh-share 0 to 1");
        }
        return new Volumes(start, days, hourly(root.get("weekday"), source + ": weekday"),
                hourly(root.get("weekend"), source + ": weekend"), areas, welsh);
    }

    /** YAML reads an unquoted 2026-03-02 as a timestamp at midnight UTC; a quoted one is text. */
    private static LocalDate date(Object value, String where) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(YamlSections.text(value, where));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": expected a date such as 2026-03-02");
        }
    }

    private static Map<Channel, List<Double>> hourly(Object value, String where) {
        return YamlSections.perChannel(value, where, (list, key) -> {
            List<?> hours = YamlSections.list(list, key);
            if (hours.size() != 24) {
                throw new IllegalStateException(key + ": expected 24 hourly values, found " + hours.size());
            }
            return hours.stream().map(h -> YamlSections.number(h, key)).toList();
        });
    }
}
