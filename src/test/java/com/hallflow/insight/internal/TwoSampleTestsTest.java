package com.hallflow.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.DoubleStream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/**
 * The comparison's statistics against known values. The expected figures were computed
 * with SciPy 1.17.1 ({@code scipy.stats.ttest_ind(..., equal_var=False)},
 * {@code ttest_ind_from_stats}, {@code 2 * t.sf}, {@code 2 * norm.sf},
 * {@code special.betainc}, {@code special.gammaincc}); the first Welch example is the one
 * on Wikipedia's "Welch's t-test" page (t = −2.46, ν = 25.0, p = 0.021). Random cases are
 * checked against Apache Commons Math 3.6, which the tests have on their classpath (the
 * application does not).
 */
class TwoSampleTestsTest {

	private static final double[] A1 = { 27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0,
			21.7, 21.4 };

	private static final double[] A2 = { 27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9,
			20.5, 24.4 };

	@Test
	void welch_on_the_textbook_example_gives_its_t_degrees_of_freedom_and_p() {
		TwoSampleTests.Result r = TwoSampleTests.welch(A1.length, sum(A1), squares(A1), A2.length, sum(A2), squares(A2))
			.orElseThrow();
		assertThat(r.statistic()).isCloseTo(-2.455356398286006, within(1e-12));
		assertThat(r.degreesOfFreedom()).isCloseTo(24.988529290231416, within(1e-9));
		assertThat(r.pValue()).isCloseTo(0.021378001462866992, within(1e-12));
	}

	@Test
	void welch_from_counts_sums_and_squares_equals_scipy_from_means_and_deviations() {
		// 40 sessions of 300 s ± 60 against 35 of 342 s ± 75 (SciPy: t = -2.6525, p =
		// 0.01003)
		assertThat(welch(40, 300, 60, 35, 342, 75).pValue()).isCloseTo(0.01002952280675566, within(1e-10));
		assertThat(welch(40, 300, 60, 35, 342, 75).statistic()).isCloseTo(-2.652526613607757, within(1e-9));
		// 400 of 300 s ± 60 against 350 of 310 s ± 75: p = 0.0462
		assertThat(welch(400, 300, 60, 350, 310, 75).pValue()).isCloseTo(0.046215124823971096, within(1e-10));
	}

	@Test
	void welch_needs_two_values_a_side_and_reads_identical_values_as_certain() {
		assertThat(TwoSampleTests.welch(1, 5, 25, 40, 200, 1100)).isEmpty();
		assertThat(TwoSampleTests.welch(3, 30, 300, 3, 30, 300).orElseThrow().pValue()).isEqualTo(1);
		assertThat(TwoSampleTests.welch(3, 30, 300, 3, 60, 1200).orElseThrow().pValue()).isZero();
	}

	@Test
	void the_t_distribution_two_sided_matches_scipy() {
		assertThat(TwoSampleTests.studentTwoSided(2.0, 3.0)).isCloseTo(0.13932596855884305, within(1e-13));
		assertThat(TwoSampleTests.studentTwoSided(0.5, 1.0)).isCloseTo(0.7048327646991335, within(1e-13));
		assertThat(TwoSampleTests.studentTwoSided(10.0, 5.0)).isCloseTo(0.00017094757574296363, within(1e-15));
		assertThat(TwoSampleTests.studentTwoSided(1.96, 1e6)).isCloseTo(0.04999606758526985, within(1e-9));
		assertThat(TwoSampleTests.studentTwoSided(3.0, 2.5)).isCloseTo(0.07257609554903183, within(1e-13));
		assertThat(TwoSampleTests.regularizedBeta(0.3, 2.5, 0.5)).isCloseTo(0.018927124071945658, within(1e-14));
		assertThat(TwoSampleTests.regularizedBeta(0.4, 10, 20)).isCloseTo(0.7853183897628262, within(1e-13));
	}

	@Test
	void the_normal_two_sided_matches_scipy() {
		assertThat(TwoSampleTests.normalTwoSided(0)).isEqualTo(1);
		assertThat(TwoSampleTests.normalTwoSided(1)).isCloseTo(0.31731050786291415, within(1e-14));
		assertThat(TwoSampleTests.normalTwoSided(-1.959963984540054)).isCloseTo(0.05, within(1e-14));
		assertThat(TwoSampleTests.normalTwoSided(3)).isCloseTo(0.0026997960632601866, within(1e-15));
		assertThat(TwoSampleTests.normalTwoSided(6)).isCloseTo(1.973175290075389e-09, within(1e-20));
		assertThat(TwoSampleTests.regularizedGammaQ(0.5, 2.0)).isCloseTo(0.04550026389635857, within(1e-14));
	}

	@Test
	void two_proportions_matches_the_pooled_z_test_computed_with_scipy() {
		// 90 of 100 against 80 of 100: z = 1.9803, p = 0.0477 (beyond noise at 0.05)
		TwoSampleTests.Result r = TwoSampleTests.twoProportions(90, 100, 80, 100).orElseThrow();
		assertThat(r.statistic()).isCloseTo(1.9802950859533481, within(1e-12));
		assertThat(r.pValue()).isCloseTo(0.047670380656161464, within(1e-12));
		// 450 of 500 against 430 of 500: p = 0.0516 (within noise)
		assertThat(TwoSampleTests.twoProportions(450, 500, 430, 500).orElseThrow().pValue())
			.isCloseTo(0.051625033394238316, within(1e-12));
		assertThat(TwoSampleTests.twoProportions(30, 30, 40, 40).orElseThrow().pValue()).isEqualTo(1);
		assertThat(TwoSampleTests.twoProportions(3, 0, 4, 40)).isEmpty();
	}

	@Test
	void random_cases_agree_with_commons_math() {
		Random random = new Random(17);
		TTest commons = new TTest();
		for (int i = 0; i < 200; i++) {
			double[] one = sample(random, 2 + random.nextInt(60), 200 + random.nextGaussian() * 50,
					10 + random.nextInt(90));
			double[] two = sample(random, 2 + random.nextInt(60), 200 + random.nextGaussian() * 50,
					10 + random.nextInt(90));
			double p = TwoSampleTests.welch(one.length, sum(one), squares(one), two.length, sum(two), squares(two))
				.orElseThrow()
				.pValue();
			assertThat(p).as("case %d", i).isCloseTo(commons.tTest(one, two), within(1e-9));
			double t = random.nextDouble() * 8;
			double df = 1 + random.nextDouble() * 500;
			assertThat(TwoSampleTests.studentTwoSided(t, df)).as("t %f df %f", t, df)
				.isCloseTo(2 * new TDistribution(df).cumulativeProbability(-t), within(1e-12));
			double z = random.nextGaussian() * 3;
			assertThat(TwoSampleTests.normalTwoSided(z)).as("z %f", z)
				.isCloseTo(2 * new NormalDistribution().cumulativeProbability(-Math.abs(z)), within(1e-13));
		}
	}

	private static TwoSampleTests.Result welch(long n1, double mean1, double sd1, long n2, double mean2, double sd2) {
		return TwoSampleTests
			.welch(n1, n1 * mean1, (n1 - 1) * sd1 * sd1 + n1 * mean1 * mean1, n2, n2 * mean2,
					(n2 - 1) * sd2 * sd2 + n2 * mean2 * mean2)
			.orElseThrow();
	}

	private static double[] sample(Random random, int n, double mean, double sd) {
		return DoubleStream.generate(() -> Math.max(1, mean + random.nextGaussian() * sd)).limit(n).toArray();
	}

	private static double sum(double[] values) {
		return DoubleStream.of(values).sum();
	}

	private static double squares(double[] values) {
		return DoubleStream.of(values).map(v -> v * v).sum();
	}

}
