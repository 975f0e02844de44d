package org.contactrouter.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.contactrouter.routing.PoolWidening;

/**
 * The widening steps the live system runs with ({@code ccr.routing.widening} in config/application.yml), read
 * without starting the application, for the command line. The supervisor page uses the application's own bean.
 */
final class LiveWidening {

    private LiveWidening() {
    }

    static PoolWidening load(Path applicationYml) throws IOException {
        String where = applicationYml + ": ccr.routing.widening";
        Object ccr = YamlSections.map(YamlSections.load(applicationYml), applicationYml.toString()).get("ccr");
        Object routing = ccr instanceof Map<?, ?> map ? map.get("routing") : null;
        Object steps = routing instanceof Map<?, ?> map ? map.get("widening") : null;
        List<PoolWidening.Step> widening = new ArrayList<>();
        if (steps != null) {
            for (Object step : YamlSections.list(steps, where)) {
                Map<?, ?> spec = YamlSections.map(step, where);
                widening.add(new PoolWidening.Step((int) YamlSections.number(spec.get("at-percent"), where + ".at-percent"),
                        (int) YamlSections.number(spec.get("level"), where + ".level")));
            }
        }
        return new PoolWidening(widening);
    }
}
