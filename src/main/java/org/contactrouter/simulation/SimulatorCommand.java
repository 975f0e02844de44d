package org.contactrouter.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.contactrouter.classification.ClassificationRules;
import org.contactrouter.sla.BankHolidayDivision;
import org.contactrouter.sla.BusinessCalendar;
import org.contactrouter.sla.SlaConfiguration;

/**
 * The what-if simulator from the command line: compares the policies on the council's configuration and prints the
 * table. Run from the repository root:
 * <pre>
 * mvn -q compile exec:java -Dexec.args="--seed 42 --scale 1.0"
 * mvn -q compile exec:java -Dexec.args="--arrivals arrivals.csv --policy SKILLS_WITH_WIDENING"
 * </pre>
 * It reads config/classification.yml, config/sla-standards.yml, config/bank-holidays.json (England and Wales, London
 * time), ccr.routing.widening in config/application.yml, and config/simulation/{volumes,handling,rota}.yml.
 */
public final class SimulatorCommand {

    private SimulatorCommand() {
    }

    public static void main(String[] args) throws IOException {
        long seed = 42;
        double scale = 1.0;
        Path arrivalsFile = null;
        Path config = Path.of("config");
        List<Policy> policies = List.of(Policy.values());
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--scale" -> scale = Double.parseDouble(args[i + 1]);
                case "--arrivals" -> arrivalsFile = Path.of(args[i + 1]);
                case "--config" -> config = Path.of(args[i + 1]);
                case "--policy" -> policies = List.of(Policy.valueOf(args[i + 1].toUpperCase(Locale.ROOT)));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --seed N, --scale X, --arrivals FILE.csv, --config DIR, --policy "
                        + Arrays.toString(Policy.values()));
            }
        }
        SlaConfiguration sla = SlaConfiguration.load(config.resolve("sla-standards.yml"),
                config.resolve("bank-holidays.json"), BankHolidayDivision.ENGLAND_AND_WALES, BusinessCalendar.LONDON);
        Scenario scenario = Scenario.load(config.resolve("simulation"));
        PolicyComparison comparison = new PolicyComparison(ClassificationRules.load(config.resolve("classification.yml")),
                sla, LiveWidening.load(config.resolve("application.yml")), scenario);

        long started = System.nanoTime();
        List<SimulationReport> reports = arrivalsFile == null
                ? comparison.compare(policies, seed, scale)
                : comparison.compare(policies, ArrivalsCsv.read(arrivalsFile, scenario.handling(), seed));
        double seconds = (System.nanoTime() - started) / 1e9;

        SimulationReport first = reports.get(0);
        System.out.printf(Locale.UK, "What-if simulation: %,d contacts (%s), %d officers, seed %d%n", first.contacts(),
                arrivalsFile == null ? "generated, volume scale " + scale : arrivalsFile.toString(), first.officers(), seed);
        System.out.println();
        System.out.print(ComparisonTable.of(reports, sla.calendar().zone()).toText());
        System.out.printf(Locale.UK, "%nSimulated %d polic%s in %.2f s%n", reports.size(),
                reports.size() == 1 ? "y" : "ies", seconds);
    }
}
