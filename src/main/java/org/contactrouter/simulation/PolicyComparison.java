package org.contactrouter.simulation;

import java.util.List;

import org.contactrouter.classification.ClassificationRules;
import org.contactrouter.classification.Classifier;
import org.contactrouter.routing.PoolWidening;
import org.contactrouter.sla.SlaConfiguration;

/** Runs policies side by side on one arrival stream and one rota: the comparison the command and the page show. */
public final class PolicyComparison {

    private final Simulation simulation;
    private final ContactGenerator generator;
    private final Scenario scenario;

    public PolicyComparison(ClassificationRules rules, SlaConfiguration sla, PoolWidening liveWidening, Scenario scenario) {
        this.simulation = new Simulation(new Classifier(rules), sla, liveWidening, scenario.handling());
        this.generator = new ContactGenerator(rules, scenario.handling(), sla.calendar().zone());
        this.scenario = scenario;
    }

    /** Generates the arrivals from the scenario's volumes times {@code scale} and runs each policy on them. */
    public List<SimulationReport> compare(List<Policy> policies, long seed, double scale) {
        return compare(policies, generator.generate(scenario.volumes(), scale, seed));
    }

    public List<SimulationReport> compare(List<Policy> policies, List<SimulatedContact> arrivals) {
        return policies.stream().map(policy -> simulation.run(policy, arrivals, scenario.rota())).toList();
    }

    public Scenario scenario() {
        return scenario;
    }
}
