package com.hallflow.bench;

import java.nio.file.Path;

/**
 * Entry point of {@code ./mvnw -Pbench -Dbench=<name> verify}: runs one benchmark against
 * the production jar just built. Every benchmark ends by printing
 * {@code RESULT key=number} lines.
 */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			throw new IllegalArgumentException("usage: BenchmarkMain <name> <production jar>");
		}
		Path jar = Path.of(args[1]);
		// Benchmarks measure the production build. Karibu's mock servlet would otherwise
		// run Vaadin in
		// development mode, whose component tracker takes a stack trace for every
		// component created
		// and attached (seen in JFR as a fifth of a step's server time) and keeps it per
		// component.
		System.setProperty("vaadin.productionMode", "true");
		switch (args[0]) {
			case "startup" -> new StartupBenchmark(jar).run();
			case "designer" -> new DesignerBenchmark().run();
			case "engine" -> {
				// compiled only in the bench profile (src/bench/java), with Flowable on
				// its class path
				Object engine = Class.forName("com.hallflow.bench.EngineBenchmark")
					.getDeclaredConstructor()
					.newInstance();
				engine.getClass().getMethod("run").invoke(engine);
			}
			case "ui-memory" -> new UiMemoryBenchmark().run();
			case "step-latency" -> new StepLatencyBenchmark().run();
			case "offers" -> new OffersBenchmark().run();
			case "variants" -> new VariantsBenchmark().run();
			case "dashboard" -> new DashboardBenchmark().run();
			case "counter-browser" -> new CounterBrowserBenchmark().run();
			case "cluster" -> new ClusterBenchmark(jar).run();
			default -> throw new IllegalArgumentException("unknown benchmark '" + args[0]
					+ "'; known: startup, designer, engine, ui-memory, step-latency, offers, variants, dashboard,"
					+ " counter-browser, cluster");
		}
	}

}
