package com.hallflow.demo;

import com.hallflow.base.ResidentId;
import com.hallflow.base.Salutation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The made-up people the demo's history serves: each with a full name, how they are
 * addressed, a mobile number and a resident ID number (whose sex digit agrees with the
 * salutation), drawn from a fixed seed so every demo tells the same story. It remembers
 * whom it handed out, so a test can look for exactly these values where they must not be
 * in clear.
 */
@Component
@Profile("demo")
class DemoCustomers {

	private static final List<String> SURNAMES = List.of("张", "王", "刘", "黄", "林", "杨", "许", "郭", "欧阳", "上官");

	/** Given names with the salutation that goes with them. */
	private static final List<Given> GIVEN = List.of(new Given("秀英", Salutation.MS), new Given("建国", Salutation.MR),
			new Given("丽娟", Salutation.MS), new Given("志强", Salutation.MR), new Given("桂兰", Salutation.MS),
			new Given("俊杰", Salutation.MR), new Given("雪梅", Salutation.MS), new Given("浩然", Salutation.MR),
			new Given("欣怡", Salutation.MS), new Given("宇轩", Salutation.MR), new Given("梓萱", Salutation.MS),
			new Given("晓东", Salutation.MR), new Given("芳", Salutation.MS), new Given("伟", Salutation.MR));

	/** Now and then a customer from abroad. */
	private static final List<Given> ABROAD = List.of(new Given("Anna Müller", Salutation.MS),
			new Given("David Smith", Salutation.MR));

	private static final int POOL = 120;

	private final List<Customer> pool = new ArrayList<>();

	private final Set<Customer> handedOut = Collections.synchronizedSet(new LinkedHashSet<>());

	DemoCustomers() {
		Random random = new Random(20261128);
		for (int i = 0; i < POOL; i++) {
			Given given = GIVEN.get(random.nextInt(GIVEN.size()));
			pool.add(
					customer(SURNAMES.get(random.nextInt(SURNAMES.size())) + given.name(), given.salutation(), random));
		}
		ABROAD.forEach(given -> pool.add(customer(given.name(), given.salutation(), random)));
	}

	private static Customer customer(String name, Salutation salutation, Random random) {
		return new Customer(name, salutation, "13" + (800_000_000 + random.nextInt(199_999_999)),
				residentId(random, salutation));
	}

	/** Someone from the pool, remembered as served. */
	Customer next(Random random) {
		Customer customer = pool.get(random.nextInt(pool.size()));
		handedOut.add(customer);
		return customer;
	}

	/** Everyone handed out so far. */
	List<Customer> handedOut() {
		synchronized (handedOut) {
			return List.copyOf(handedOut);
		}
	}

	/** A valid resident ID (GB 11643 check character) for a customer born 1960–2005. */
	private static String residentId(Random random, Salutation salutation) {
		int sequence = random.nextInt(500) * 2 + (salutation == Salutation.MR ? 1 : 0);
		String body = "440106" + (1960 + random.nextInt(46))
				+ String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
				+ String.format("%03d", sequence);
		return body + ResidentId.checkCharacter(body);
	}

	private record Given(String name, Salutation salutation) {
	}

	/** One customer: full name, salutation, mobile number, resident ID number. */
	record Customer(String name, Salutation salutation, String mobile, String idNumber) {
	}

}
