package com.hallflow.security.internal;

import com.hallflow.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two filter chains. {@code /api/**}: stateless JSON over HTTP Basic. Everything else:
 * the Vaadin UI with form login, where every view declares its own access annotation and
 * anything undeclared is refused.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, JsonSecurityErrors errors,
			AuthenticationManager authenticationManager) throws Exception {
		return http.securityMatcher("/api/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(auth -> auth.anyRequest().access(new OwnPasswordChosen()))
			.httpBasic(basic -> basic.authenticationEntryPoint(errors))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain uiFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
			AuthenticationManager authenticationManager, UserAccountRepository users) throws Exception {
		http.authenticationManager(authenticationManager);
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
		http.sessionManagement(
				session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
		// one token store for Spring's CSRF check and the sign-in's (which Vaadin
		// exempts)
		CsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens));
		http.addFilterBefore(new SignInCsrfCheck("/login", csrfTokens), UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new SignedInSessionCheck(users), ConcurrentSessionFilter.class);
		return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
	}

	/**
	 * One authentication manager for the login form and the API (both chains are given
	 * it; else they would build Spring's default from the user details service): the
	 * throttle first (an attempt it holds back is refused before any password check),
	 * then the password, publishing the events the throttle counts.
	 */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			AuthenticationEventPublisher events, SignInThrottle throttle) {
		ProviderManager manager = new ProviderManager(new SignInThrottleCheck(throttle),
				provider(users, passwordEncoder));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	/**
	 * Checks the password first and the account's state (disabled) after it, so every
	 * failed sign-in costs one password hash whether the account is unknown, disabled or
	 * the password wrong: the answer's time does not tell an attacker which accounts
	 * exist or are disabled. (Spring checks an unknown name against a dummy hash already;
	 * its default checks a locked account before the hash.)
	 */
	static DaoAuthenticationProvider provider(UserDetailsService users, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks(user -> {
			// nothing before the password: see above
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
