package com.hallflow.security.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a sign-in came from, as the throttle counts it: an IPv4 address as it is, an IPv6
 * address by its /64 network (one subscriber commonly holds a whole /64). Behind a
 * reverse proxy the container must be told to trust its forwarded-for header
 * ({@code server.forward-headers-strategy}), or every client counts as the proxy.
 */
final class SourceAddress {

	private static final int LONGEST = 64;

	private SourceAddress() {
	}

	/** The address a sign-in attempt came from, or null when it came from no request. */
	static String of(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details ? normalized(details.getRemoteAddress())
				: null;
	}

	/** The address of the request being served, or null outside one. */
	static String ofCurrentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? normalized(attributes.getRequest().getRemoteAddr()) : null;
	}

	static String normalized(String remote) {
		if (remote == null || remote.isBlank()) {
			return null;
		}
		String address = remote.trim();
		if (address.indexOf(':') >= 0) {
			try {
				// in brackets an IPv6 literal is parsed and never looked up as a host
				// name
				String literal = address.replaceAll("^\\[|]$|%.*$", "");
				byte[] bytes = InetAddress.getByName("[" + literal + "]").getAddress();
				if (bytes.length == 16) {
					Arrays.fill(bytes, 8, 16, (byte) 0);
					return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
				}
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			catch (UnknownHostException notAnAddress) {
				// kept as sent
			}
		}
		return address.length() > LONGEST ? address.substring(0, LONGEST) : address;
	}

}
