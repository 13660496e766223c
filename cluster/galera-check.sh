#!/bin/sh
# HAProxy's external check of one Galera node: healthy when it is in the primary component and
# Synced (4), or a Donor (2): mariabackup copies a donor without blocking its writes. Joining
# (1) and Joined (3) nodes, and a node cut off from the primary component, are not healthy.
# HAProxy passes the server's address and port as $3 and $4.
state=$(mariadb -h "$3" -P "$4" -u haproxy_check --connect-timeout=1 -N -B -e \
  "select variable_value from information_schema.global_status where variable_name in ('wsrep_cluster_status','wsrep_local_state') order by variable_name" 2>/dev/null | tr '\n' ' ')
case "$state" in
"Primary 4 " | "Primary 2 ") exit 0 ;;
*) exit 1 ;;
esac
