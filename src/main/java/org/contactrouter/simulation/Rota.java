package org.contactrouter.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.contactrouter.officer.Officer;
import org.contactrouter.officer.OfficersFile;
import org.contactrouter.officer.Presence;
import org.contactrouter.officer.Role;

/**
 * The officers a simulation runs with (config/simulation/rota.yml). The file is config/officers.yml's format, read
 * by the same {@link OfficersFile}, and each entry may add:
 * <ul>
 * <li>{@code shifts}: a list of {@code {days: [monday, ...], hours: 08:00-16:00, closed-days: false}} (required);</li>
 * <li>{@code count}: how many officers like this one ({@code username-1}, {@code username-2} ...; default 1);</li>
 * <li>{@code team: reception}: staffs the reception desk under the single reception point policy.</li>
 * </ul>
 * Administrators take no cases and are left out.
 */
public record Rota(List<RosteredOfficer> officers) {

    public Rota {
        officers = List.copyOf(officers);
    }

    public static Rota load(Path file) throws IOException {
        String source = file.toString();
        List<OfficersFile.OfficerSpec> specs = OfficersFile.load(file);
        List<?> entries = YamlSections.list(YamlSections.map(YamlSections.load(file), source).get("officers"),
                source + ": officers");
        List<RosteredOfficer> officers = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            OfficersFile.OfficerSpec spec = specs.get(i);
            String where = source + ": officers[" + i + "]";
            Map<?, ?> entry = YamlSections.map(entries.get(i), where);
            if (spec.role() == Role.ADMIN) {
                continue;
            }
            int count = entry.containsKey("count") ? (int) YamlSections.number(entry.get("count"), where + ".count") : 1;
            boolean reception = "reception".equals(entry.get("team"));
            List<Shift> shifts = shifts(entry.get("shifts"), where + ".shifts");
            for (int n = 1; n <= count; n++) {
                String username = count == 1 ? spec.username() : spec.username() + "-" + n;
                officers.add(new RosteredOfficer(new Officer(username, spec.name(), spec.role(), spec.capacities(),
                        spec.serviceAreas(), spec.languages(), Presence.AVAILABLE), reception, shifts));
            }
        }
        return new Rota(officers);
    }

    private static List<Shift> shifts(Object value, String where) {
        List<?> list = YamlSections.list(value, where);
        List<Shift> shifts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = where + "[" + i + "]";
            Map<?, ?> shift = YamlSections.map(list.get(i), at);
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (Object day : YamlSections.list(shift.get("days"), at + ".days")) {
                try {
                    days.add(DayOfWeek.valueOf(day.toString().trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(at + ".days: '" + day + "' is not a day such as monday");
                }
            }
            String[] hours = YamlSections.text(shift.get("hours"), at + ".hours").split("-");
            try {
                shifts.add(new Shift(days, LocalTime.parse(hours[0].trim()), LocalTime.parse(hours[hours.length - 1].trim()),
                        Boolean.TRUE.equals(shift.get("closed-days"))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalStateException(at + ".hours: expected opening-closing such as 08:00-16:00");
            }
        }
        if (shifts.isEmpty()) {
            throw new IllegalStateException(where + ": an officer needs at least one shift");
        }
        return shifts;
    }
}
