package com.hallflow.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks for values in every text column of every table of the application's database (H2
 * or MariaDB), e.g. personal data that must only be stored encrypted or masked.
 */
public final class ClearTextScan {

	private static final List<String> TEXT_TYPES = List.of("character varying", "character large object", "character",
			"varchar", "char", "tinytext", "text", "mediumtext", "longtext");

	private ClearTextScan() {
	}

	/** Where each value occurs, as "value in table.column"; empty when nowhere. */
	public static List<String> find(JdbcTemplate jdbc, Collection<String> values) {
		boolean h2 = Boolean.TRUE
			.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
				.getDatabaseProductName()
				.startsWith("H2")));
		List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name, data_type"
				+ " from information_schema.columns where table_schema = " + (h2 ? "'PUBLIC'" : "database()"));
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			if (!TEXT_TYPES.contains(String.valueOf(column.get("data_type")).toLowerCase())) {
				continue;
			}
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			for (String value : values) {
				Integer rows = jdbc.queryForObject("select count(*) from " + table + " where " + name + " like ?",
						Integer.class, "%" + value + "%");
				if (rows != null && rows > 0) {
					found.add(value + " in " + table + "." + name);
				}
			}
		}
		return Collections.unmodifiableList(found);
	}

}
