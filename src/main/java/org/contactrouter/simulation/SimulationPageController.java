package org.contactrouter.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contactrouter.classification.ClassificationRules;
import org.contactrouter.routing.PoolWidening;
import org.contactrouter.sla.SlaConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The what-if simulator for supervisors: choose a seed, a volume scale and the policies, and see the comparison.
 * A plain GET form, since running a simulation changes nothing; the application's own SLA configuration and
 * widening steps are used, with the scenario files in {@code ccr.simulation.dir}. The files are read at every run,
 * so an edited rota is simulated without a restart.
 */
@Controller
@RequestMapping("/supervisor/simulation")
public class SimulationPageController {

    static final double MAX_SCALE = 3.0;
    static final String ALL = "ALL";

    private final SlaConfiguration sla;
    private final PoolWidening widening;
    private final Path classificationFile;
    private final Path scenarioDirectory;

    public SimulationPageController(SlaConfiguration sla, PoolWidening widening,
                                    @Value("${ccr.classification-file:config/classification.yml}") Path classificationFile,
                                    @Value("${ccr.simulation.dir:config/simulation}") Path scenarioDirectory) {
        this.sla = sla;
        this.widening = widening;
        this.classificationFile = classificationFile;
        this.scenarioDirectory = scenarioDirectory;
    }

    @GetMapping
    public String page(@RequestParam(required = false) String seed, @RequestParam(required = false) String scale,
                       @RequestParam(defaultValue = ALL) String policy, Model model) throws IOException {
        model.addAttribute("seed", seed == null ? "42" : seed);
        model.addAttribute("scale", scale == null ? "1.0" : scale);
        model.addAttribute("policy", policy);
        model.addAttribute("policies", Policy.values());
        if (seed == null && scale == null) {
            return "simulation/page";
        }
        // By the id of the field each is about, so that the error summary can link to it.
        Map<String, String> problems = new LinkedHashMap<>();
        long seedValue = parseSeed(seed, problems);
        double scaleValue = parseScale(scale, problems);
        List<Policy> chosen = parsePolicy(policy, problems);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return "simulation/page";
        }
        PolicyComparison comparison = new PolicyComparison(ClassificationRules.load(classificationFile), sla, widening,
                Scenario.load(scenarioDirectory));
        long started = System.nanoTime();
        List<SimulationReport> reports = comparison.compare(chosen, seedValue, scaleValue);
        model.addAttribute("seconds", String.format(Locale.UK, "%.2f", (System.nanoTime() - started) / 1e9));
        model.addAttribute("contacts", reports.get(0).contacts());
        model.addAttribute("officers", reports.get(0).officers());
        model.addAttribute("table", ComparisonTable.of(reports, sla.calendar().zone()));
        return "simulation/page";
    }

    private static long parseSeed(String seed, Map<String, String> problems) {
        try {
            return Long.parseLong(seed == null ? "" : seed.trim());
        } catch (NumberFormatException e) {
            problems.put("seed", "Enter the seed as a whole number, like 42");
            return 0;
        }
    }

    private static double parseScale(String scale, Map<String, String> problems) {
        try {
            double value = Double.parseDouble(scale == null ? "" : scale.trim());
            if (value > 0 && value <= MAX_SCALE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        problems.put("scale", "Enter the volume scale as a number above 0 and up to " + MAX_SCALE + ", like 1.5");
        return 0;
    }

    private static List<Policy> parsePolicy(String policy, Map<String, String> problems) {
        if (ALL.equals(policy)) {
            return List.of(Policy.values());
        }
        try {
            return List.of(Policy.valueOf(policy));
        } catch (IllegalArgumentException e) {
            problems.put("policy-all", "Choose a policy");
            return List.of();
        }
    }
}
