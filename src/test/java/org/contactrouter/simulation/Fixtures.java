package org.contactrouter.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.contactrouter.classification.ClassificationRules;
import org.contactrouter.classification.Classifier;
import org.contactrouter.officer.Officer;
import org.contactrouter.routing.PoolWidening;
import org.contactrouter.sla.BankHolidayDivision;
import org.contactrouter.sla.BusinessCalendar;
import org.contactrouter.sla.SlaConfiguration;

/** The council's shipped configuration, as the simulator command reads it, and rota variations for tests. */
final class Fixtures {

    static final ClassificationRules RULES;
    static final SlaConfiguration SLA;
    static final PoolWidening LIVE_WIDENING;
    static final Scenario SCENARIO;

    static {
        try {
            RULES = ClassificationRules.load(Path.of("config/classification.yml"));
            SLA = SlaConfiguration.load(Path.of("config/sla-standards.yml"), Path.of("config/bank-holidays.json"),
                    BankHolidayDivision.ENGLAND_AND_WALES, BusinessCalendar.LONDON);
            LIVE_WIDENING = LiveWidening.load(Path.of("config/application.yml"));
            SCENARIO = Scenario.load(Path.of("config/simulation"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Fixtures() {
    }

    static Simulation simulation(PoolWidening widening) {
        return new Simulation(new Classifier(RULES), SLA, widening, SCENARIO.handling());
    }

    static List<SimulatedContact> arrivals(long seed, double scale) {
        return new ContactGenerator(RULES, SCENARIO.handling(), SLA.calendar().zone()).generate(SCENARIO.volumes(), scale, seed);
    }

    /** Every {@code n}th officer of the shipped rota: a short-staffed office with every kind of officer. */
    static Rota everyNth(int n) {
        List<RosteredOfficer> officers = SCENARIO.rota().officers();
        List<RosteredOfficer> kept = new ArrayList<>();
        for (int i = 0; i < officers.size(); i += n) {
            kept.add(officers.get(i));
        }
        return new Rota(kept);
    }

    /** Each officer twice: the same skills, languages and shifts. */
    static Rota doubled(Rota rota) {
        List<RosteredOfficer> officers = new ArrayList<>(rota.officers());
        for (RosteredOfficer o : rota.officers()) {
            Officer officer = o.officer();
            officers.add(new RosteredOfficer(new Officer(officer.username() + "-twin", officer.displayName(), officer.role(),
                    officer.capacities(), officer.serviceAreas(), officer.languages(), officer.presence()),
                    o.reception(), o.shifts()));
        }
        return new Rota(officers);
    }

    static Rota only(Rota rota, Predicate<Officer> kept) {
        return new Rota(rota.officers().stream().filter(o -> kept.test(o.officer())).toList());
    }
}
