package com.hallflow.bench;

import com.hallflow.HallFlowApplication;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionEndRelay;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.StepSubmission;
import com.hallflow.flowexecution.SubmitResult;
import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionService;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Completed guided sessions per second on MariaDB (loopback, durable commits): 8 workers,
 * each running the 11-step new-subscription flow through the real session service; then
 * the same workload on Flowable 7.2.0 (its Spring Boot starter, in the same application
 * context, same database and connection pool) as a process of 11 user tasks, each
 * completed with the same values. Also p50/p95 per step, the SQL statements per step
 * submit, counted by MariaDB, and apart from them the statements that relay an ended
 * session to the insight rollups.
 */
final class EngineBenchmark {

	static final int WORKERS = 8;
	static final long WARMUP_MS = 5_000;
	static final long MEASURE_MS = 20_000;
	static final int STEPS = 11;

	public void run() throws Exception {
		String url = BenchSupport.freshMariaDb("hallflow_bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HallFlowApplication.class)
			.profiles("test", "mysql")
			.properties("HALLFLOW_DB_URL=" + url, "HALLFLOW_DB_USER=root", "HALLFLOW_DB_PASSWORD=", "server.port=0",
					"logging.level.root=WARN", "spring.datasource.hikari.maximum-pool-size=" + (WORKERS + 2),
					"flowable.database-schema-update=true", "flowable.async-executor-activate=false",
					"flowable.check-process-definitions=false", "flowable.eventregistry.enabled=false",
					"flowable.idm.enabled=false", "hallflow.relay.autostart=false")
			.run()) {
			List<String> clerks = prepare(context);
			ServiceSessionService sessions = context.getBean(ServiceSessionService.class);
			double[] statements = statementsPerStep(context, sessions, clerks.get(0));
			context.getBean(SessionEndRelay.class).start(); // from here on as in
															// production
			Result ours = measure(clerks, () -> new HallFlowWorker(sessions));
			System.out.printf("HallFlow: %.1f sessions/s, step p95 %.2f ms%n", ours.perSecond(),
					BenchSupport.percentile(ours.stepMillis(), 0.95));
			Result flowable = measure(clerks, () -> new FlowableWorker(context));
			System.out.printf("HallFlow: %d sessions in %.1f s; Flowable: %d sessions in %.1f s%n", ours.sessions(),
					MEASURE_MS / 1000.0, flowable.sessions(), MEASURE_MS / 1000.0);
			System.out.printf("RESULT sessions_per_s=%.1f%n", ours.perSecond());
			System.out.printf("RESULT flowable_sessions_per_s=%.1f%n", flowable.perSecond());
			System.out.printf("RESULT engine_vs_flowable_ratio=%.2f%n", ours.perSecond() / flowable.perSecond());
			System.out.printf("RESULT step_p50_ms=%.2f%n", BenchSupport.percentile(ours.stepMillis(), 0.50));
			System.out.printf("RESULT step_p95_ms=%.2f%n", BenchSupport.percentile(ours.stepMillis(), 0.95));
			System.out.printf("RESULT flowable_step_p50_ms=%.2f%n",
					BenchSupport.percentile(flowable.stepMillis(), 0.50));
			System.out.printf("RESULT flowable_step_p95_ms=%.2f%n",
					BenchSupport.percentile(flowable.stepMillis(), 0.95));
			System.out.printf("RESULT statements_per_step=%.2f%n", statements[0]);
			System.out.printf("RESULT relay_statements_per_session=%.2f%n", statements[1]);
			System.out.printf("RESULT flowable_deadlock_retries=%d%n", FLOWABLE_RETRIES.get());
		}
	}

	private static List<String> prepare(ConfigurableApplicationContext context) {
		return SystemAuthentication.callAsSystem(() -> {
			context.getBean(StandardFlows.class).install();
			long region = context.getBean(RegionService.class).create(new RegionCommand("BENCH", "基准省", null)).id();
			long branch = context.getBean(BranchService.class)
				.create(new BranchCommand(null, 0, "BENCH-001", "基准营业厅", region, "基准路 1 号", true))
				.id();
			List<String> names = new ArrayList<>();
			for (int i = 0; i < WORKERS; i++) {
				names.add(context.getBean(UserAccountService.class)
					.create(new CreateUserCommand("bench-clerk-" + i, "基准营业员 " + i, StaffRole.BRANCH_STAFF, branch,
							"bench-password-1", false))
					.username());
			}
			RepositoryService repository = context.getBean(RepositoryService.class);
			repository.createDeployment().name("bench").addString("subscription.bpmn20.xml", bpmn()).deploy();
			return names;
		});
	}

	/**
	 * SQL statements per step submit: one worker alone, counted by the database around
	 * each submit (MariaDB's global counters of SELECT, INSERT, UPDATE, DELETE and
	 * REPLACE statements, so JDBC and JPA statements count alike; COMMIT and SET are not
	 * counted). Then, apart, the statements that relay each ended session to the rollups
	 * after its last step committed (the relay's thread is not started yet, so it is
	 * called here, alone).
	 */
	private static double[] statementsPerStep(ConfigurableApplicationContext context, ServiceSessionService sessions,
			String clerk) {
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		LongSupplier statementCount = () -> jdbc.query("""
				show global status where variable_name in ('Com_select', 'Com_insert', 'Com_update',
				  'Com_delete', 'Com_replace', 'Com_insert_select', 'Com_update_multi', 'Com_delete_multi')""", rs -> {
			long total = 0;
			while (rs.next()) {
				total += rs.getLong(2);
			}
			return total;
		});
		BenchSupport.signInClerk(clerk);
		long statements = 0;
		long steps = 0;
		long relayStatements = 0;
		long relayed = 0;
		SessionEndRelay ended = context.getBean(SessionEndRelay.class);
		Clerk counter = new Clerk(sessions);
		for (int i = 0; i < 30; i++) {
			RunningSession session = sessions.start(StartSessionCommand.of("NEW_SUBSCRIPTION"));
			while (session.running()) {
				StepSubmission submission = counter.fill(session);
				long before = statementCount.getAsLong();
				SubmitResult result = sessions.submit(session.id(), submission);
				long after = statementCount.getAsLong();
				if (i >= 10) {
					statements += after - before;
					steps++;
				}
				session = result.session();
			}
			long before = statementCount.getAsLong();
			int count = ended.relayPending();
			long after = statementCount.getAsLong();
			if (i >= 10) {
				relayStatements += after - before;
				relayed += count;
			}
		}
		SecurityContextHolder.clearContext();
		return new double[] { (double) statements / steps, (double) relayStatements / relayed };
	}

	private Result measure(List<String> clerks, Supplier<Worker> workers) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
		long start = System.currentTimeMillis();
		long measureFrom = start + WARMUP_MS;
		long until = measureFrom + MEASURE_MS;
		AtomicLong completed = new AtomicLong();
		List<Future<List<Double>>> futures = new ArrayList<>();
		for (String clerk : clerks) {
			futures.add(pool.submit(() -> {
				BenchSupport.signInClerk(clerk);
				Worker worker = workers.get();
				List<Double> millis = new ArrayList<>();
				while (System.currentTimeMillis() < until) {
					List<Double> steps = worker.session();
					long now = System.currentTimeMillis();
					if (now >= measureFrom && now < until) {
						completed.incrementAndGet();
						millis.addAll(steps);
					}
				}
				return millis;
			}));
		}
		List<Double> all = new ArrayList<>();
		for (Future<List<Double>> future : futures) {
			all.addAll(future.get());
		}
		pool.shutdown();
		return new Result(completed.get(), completed.get() / (MEASURE_MS / 1000.0), all);
	}

	private interface Worker {

		/** Runs one whole session; returns the time of each step in ms. */
		List<Double> session();

	}

	private static final class HallFlowWorker implements Worker {

		private final ServiceSessionService sessions;

		private final Clerk clerk;

		HallFlowWorker(ServiceSessionService sessions) {
			this.sessions = sessions;
			this.clerk = new Clerk(sessions);
		}

		@Override
		public List<Double> session() {
			List<Double> millis = new ArrayList<>(STEPS);
			RunningSession session = sessions.start(StartSessionCommand.of("NEW_SUBSCRIPTION"));
			while (session.running()) {
				StepSubmission submission = clerk.fill(session);
				long t = System.nanoTime();
				SubmitResult result = sessions.submit(session.id(), submission);
				millis.add((System.nanoTime() - t) / 1e6);
				if (!result.accepted()) {
					throw new IllegalStateException("refused: " + result.errors());
				}
				session = result.session();
			}
			if (millis.size() != STEPS) {
				throw new IllegalStateException("expected " + STEPS + " steps, ran " + millis.size());
			}
			return millis;
		}

	}

	private static final class FlowableWorker implements Worker {

		private final RuntimeService runtime;

		private final TaskService tasks;

		FlowableWorker(ConfigurableApplicationContext context) {
			this.runtime = context.getBean(RuntimeService.class);
			this.tasks = context.getBean(TaskService.class);
		}

		@Override
		public List<Double> session() {
			List<Double> millis = new ArrayList<>(STEPS);
			String instance = retrying(() -> runtime.startProcessInstanceByKey("newSubscription").getId());
			for (int i = 0; i < STEPS; i++) {
				int step = i;
				long t = System.nanoTime();
				retrying(() -> {
					Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
					Map<String, Object> values = new HashMap<>();
					values.put("step" + step + "Done", Boolean.TRUE);
					values.put("value" + step, "13812345678");
					tasks.complete(task.getId(), values);
					return null;
				});
				millis.add((System.nanoTime() - t) / 1e6);
			}
			if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
				throw new IllegalStateException("the Flowable process did not end after " + STEPS + " tasks");
			}
			return millis;
		}

	}

	static final AtomicLong FLOWABLE_RETRIES = new AtomicLong();

	/**
	 * Flowable on MySQL/MariaDB deadlocks now and then under concurrent completions
	 * (InnoDB gap locks on its runtime tables); an application would retry, so the
	 * benchmark does too and counts the retries. The time of a retried step includes its
	 * failed attempts.
	 */
	static <T> T retrying(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return work.get();
			}
			catch (RuntimeException e) {
				if (attempt >= 10 || !deadlock(e)) {
					throw e;
				}
				FLOWABLE_RETRIES.incrementAndGet();
			}
		}
	}

	private static boolean deadlock(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t.getMessage() != null
					&& (t.getMessage().contains("Deadlock") || t.getMessage().contains("deadlock"))) {
				return true;
			}
		}
		return false;
	}

	/** Eleven user tasks in a row: the new-subscription flow as Flowable would run it. */
	static String bpmn() {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="hallflow-bench">
				  <process id="newSubscription" name="新入网" isExecutable="true">
				    <startEvent id="start"/>
				""");
		String previous = "start";
		for (int i = 0; i < STEPS; i++) {
			String task = "step" + i;
			xml.append("    <userTask id=\"")
				.append(task)
				.append("\" name=\"步骤 ")
				.append(i)
				.append("\" flowable:assignee=\"clerk\"/>\n");
			xml.append("    <sequenceFlow id=\"to")
				.append(task)
				.append("\" sourceRef=\"")
				.append(previous)
				.append("\" targetRef=\"")
				.append(task)
				.append("\"/>\n");
			previous = task;
		}
		xml.append("    <endEvent id=\"end\"/>\n    <sequenceFlow id=\"toEnd\" sourceRef=\"")
			.append(previous)
			.append("\" targetRef=\"end\"/>\n  </process>\n</definitions>\n");
		return xml.toString();
	}

	private record Result(long sessions, double perSecond, List<Double> stepMillis) {
	}

}
