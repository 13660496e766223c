package com.hallflow.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application so that time-dependent rules can be tested. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/**
	 * Business time zone of the operator: schedules and reports are in China Standard
	 * Time.
	 */
	public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(BUSINESS_ZONE);
	}

}
