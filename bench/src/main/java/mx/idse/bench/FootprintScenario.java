package mx.idse.bench;

import java.util.ArrayList;
import java.util.List;

import mx.idse.localrun.Services;
import mx.idse.localrun.ServiceDefinition;

/**
 * Each service's start-up time and resident memory, idle (right after it became ready) and now,
 * after the scenarios before this one loaded it (run it last). A service no scenario used is
 * started here, so its two RSS figures are both idle.
 */
final class FootprintScenario implements Scenario {

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        BenchStack stack = context.stack();
        List<Figure> figures = new ArrayList<>();
        for (ServiceDefinition service : Services.ALL) {
            long pid = stack.ensureStarted(service.name()).pid();
            Footprint.Start start = stack.starts().get(service.name());
            String prefix = "footprint." + service.name();
            figures.add(new Figure(prefix + ".start.ready", start.untilReady().toMillis(),
                    "ms (launch of java to /q/health/ready answering 200, polled every 100 ms)"));
            figures.add(new Figure(prefix + ".start.quarkus", start.quarkusSeconds() * 1000, "ms (Quarkus's own \"started in\")"));
            figures.add(new Figure(prefix + ".rss.idle", start.idleRssMegabytes(), "MB RSS right after ready"));
            figures.add(new Figure(prefix + ".rss.after-load", Footprint.rssMegabytes(pid), "MB RSS after the scenarios before this one"));
        }
        return figures;
    }

    /** Names of the figures this scenario prints for every service. */
    static List<String> figureNames() {
        return Services.ALL.stream().map(s -> "footprint." + s.name())
                .flatMap(p -> List.of(p + ".start.ready", p + ".start.quarkus", p + ".rss.idle", p + ".rss.after-load").stream())
                .toList();
    }
}
