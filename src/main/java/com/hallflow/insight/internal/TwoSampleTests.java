package com.hallflow.insight.internal;

import java.util.Optional;

/**
 * The two-sample tests of the version comparison, from the sums the rollups keep (no
 * single session is read): Welch's t-test for a mean (each side's variance estimated on
 * its own, as a new version's handle times need not spread like the old one's) and the
 * pooled two-proportion z-test for a rate. Both two-sided. The distributions are computed
 * here (the regularized incomplete beta and gamma functions as in Press et al., Numerical
 * Recipes, 3rd ed., §6.1–6.4), as no statistics library is on the classpath.
 */
public final class TwoSampleTests {

	/** A test's statistic (t or z), its degrees of freedom (t only) and two-sided p. */
	public record Result(double statistic, double degreesOfFreedom, double pValue) {
	}

	private static final double EPSILON = 1e-15;

	private static final double TINY = 1e-300;

	private static final int MOST_ITERATIONS = 10_000;

	private TwoSampleTests() {
	}

	/**
	 * Welch's t-test of mean 1 against mean 2 from each side's count, sum and sum of
	 * squares; empty when a side has fewer than two values.
	 */
	public static Optional<Result> welch(long n1, double sum1, double squares1, long n2, double sum2, double squares2) {
		if (n1 < 2 || n2 < 2) {
			return Optional.empty();
		}
		double mean1 = sum1 / n1;
		double mean2 = sum2 / n2;
		double spread1 = variance(n1, sum1, squares1) / n1;
		double spread2 = variance(n2, sum2, squares2) / n2;
		double error = spread1 + spread2;
		if (error == 0) {
			// every value alike on each side: the means differ for sure or not at all
			return Optional.of(new Result(0, Double.POSITIVE_INFINITY, mean1 == mean2 ? 1 : 0));
		}
		double t = (mean1 - mean2) / Math.sqrt(error);
		double df = error * error / (spread1 * spread1 / (n1 - 1) + spread2 * spread2 / (n2 - 1));
		return Optional.of(new Result(t, df, studentTwoSided(t, df)));
	}

	/** The sample variance (n − 1 in the denominator), never below zero. */
	static double variance(long n, double sum, double squares) {
		return Math.max(0, (squares - sum * sum / n) / (n - 1));
	}

	/**
	 * The two-proportion z-test of x1 of n1 against x2 of n2, the standard error from the
	 * pooled share; empty when a side has no trial.
	 */
	public static Optional<Result> twoProportions(long x1, long n1, long x2, long n2) {
		if (n1 < 1 || n2 < 1) {
			return Optional.empty();
		}
		double pooled = (double) (x1 + x2) / (n1 + n2);
		double error = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
		if (error == 0) {
			// both sides all yes or all no: no difference
			return Optional.of(new Result(0, Double.NaN, 1));
		}
		double z = ((double) x1 / n1 - (double) x2 / n2) / error;
		return Optional.of(new Result(z, Double.NaN, normalTwoSided(z)));
	}

	/** P(|T| ≥ |t|) for Student's t with {@code df} degrees of freedom. */
	static double studentTwoSided(double t, double df) {
		if (Double.isInfinite(df)) {
			return normalTwoSided(t);
		}
		return regularizedBeta(df / (df + t * t), df / 2, 0.5);
	}

	/** P(|Z| ≥ |z|) for the standard normal: erfc(|z| / √2) = Q(½, z² / 2). */
	static double normalTwoSided(double z) {
		return regularizedGammaQ(0.5, z * z / 2);
	}

	/** I_x(a, b), the regularized incomplete beta function. */
	static double regularizedBeta(double x, double a, double b) {
		if (x <= 0) {
			return 0;
		}
		if (x >= 1) {
			return 1;
		}
		double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
		if (x < (a + 1) / (a + b + 2)) {
			return front * betaFraction(x, a, b) / a;
		}
		return 1 - front * betaFraction(1 - x, b, a) / b;
	}

	/** The continued fraction of the incomplete beta function, by Lentz's method. */
	private static double betaFraction(double x, double a, double b) {
		double c = 1;
		double d = nonZero(1 - (a + b) * x / (a + 1));
		d = 1 / d;
		double h = d;
		for (int m = 1; m <= MOST_ITERATIONS; m++) {
			int m2 = 2 * m;
			double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
			d = 1 / nonZero(1 + even * d);
			c = nonZero(1 + even / c);
			h *= d * c;
			double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
			d = 1 / nonZero(1 + odd * d);
			c = nonZero(1 + odd / c);
			double step = d * c;
			h *= step;
			if (Math.abs(step - 1) < EPSILON) {
				return h;
			}
		}
		return h;
	}

	/** Q(a, x) = Γ(a, x) / Γ(a), the upper regularized incomplete gamma function. */
	static double regularizedGammaQ(double a, double x) {
		if (x <= 0) {
			return 1;
		}
		double front = Math.exp(-x + a * Math.log(x) - logGamma(a));
		if (x < a + 1) {
			// the series of P(a, x)
			double term = 1 / a;
			double sum = term;
			for (int n = 1; n <= MOST_ITERATIONS && Math.abs(term) > Math.abs(sum) * EPSILON; n++) {
				term *= x / (a + n);
				sum += term;
			}
			return Math.max(0, 1 - sum * front);
		}
		// the continued fraction of Q(a, x), by Lentz's method
		double b = x + 1 - a;
		double c = 1 / TINY;
		double d = 1 / b;
		double h = d;
		for (int i = 1; i <= MOST_ITERATIONS; i++) {
			double an = -i * (i - a);
			b += 2;
			d = 1 / nonZero(an * d + b);
			c = nonZero(b + an / c);
			double step = d * c;
			h *= step;
			if (Math.abs(step - 1) < EPSILON) {
				break;
			}
		}
		return front * h;
	}

	private static final double[] LANCZOS = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028,
			771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
			1.5056327351493116e-7 };

	/** ln Γ(x) for x > 0, by the Lanczos approximation (g = 7). */
	static double logGamma(double x) {
		if (x < 0.5) {
			// reflection: Γ(x) Γ(1 − x) = π / sin(πx)
			return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
		}
		double z = x - 1;
		double sum = LANCZOS[0];
		for (int i = 1; i < LANCZOS.length; i++) {
			sum += LANCZOS[i] / (z + i);
		}
		double t = z + 7.5;
		return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
	}

	private static double nonZero(double value) {
		return Math.abs(value) < TINY ? TINY : value;
	}

}
