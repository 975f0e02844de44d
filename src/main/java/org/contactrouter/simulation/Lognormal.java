package org.contactrouter.simulation;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * A lognormal distribution given by the mean and standard deviation of the times themselves (what a council can
 * measure), rather than of their logarithms. Handling times are skewed: most cases are quick, a few take long.
 */
public record Lognormal(double meanMinutes, double sdMinutes) {

    public Lognormal {
        if (!(meanMinutes > 0) || sdMinutes < 0) {
            throw new IllegalArgumentException("a handling time needs mean > 0 and sd >= 0 minutes");
        }
    }

    /** One draw, at least one second. */
    public Duration sample(SplittableRandom random) {
        double sigmaSquared = Math.log(1 + (sdMinutes * sdMinutes) / (meanMinutes * meanMinutes));
        double mu = Math.log(meanMinutes) - sigmaSquared / 2;
        double minutes = Math.exp(mu + Math.sqrt(sigmaSquared) * standardNormal(random));
        return Duration.ofSeconds(Math.max(1, Math.round(minutes * 60)));
    }

    /** Box-Muller: two uniform draws make one standard normal one. */
    private static double standardNormal(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
