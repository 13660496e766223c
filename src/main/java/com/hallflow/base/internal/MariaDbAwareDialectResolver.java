package com.hallflow.base.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * mysql-connector-j reports a MariaDB server as MySQL "5.5.5-10.11.x-MariaDB"; Hibernate
 * would then use its MySQL 5.5 dialect (no fractional seconds, wrong JSON casts). This
 * resolver picks the MariaDB dialect with the real version and leaves every other server
 * to Hibernate.
 */
public class MariaDbAwareDialectResolver implements DialectResolver {

	private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)[^-]*-MariaDB");

	@Override
	public Dialect resolveDialect(DialectResolutionInfo info) {
		String version = info.getDatabaseVersion();
		if (version == null) {
			return null;
		}
		Matcher m = MARIADB_VERSION.matcher(version);
		if (!m.find()) {
			return null;
		}
		return new MariaDBDialect(DatabaseVersion.make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
	}

}
