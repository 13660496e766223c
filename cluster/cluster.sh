#!/usr/bin/env bash
# Starts and stops HallFlow as a cluster on one machine, on loopback only: three MariaDB Galera
# nodes, HAProxy in front of them and of the app nodes, and two or more app nodes (the
# production jar). Everything lives under target/cluster and is stopped by PID.
#
#   cluster/cluster.sh up [apps]     fresh cluster (default 2 app nodes); prints the addresses
#   cluster/cluster.sh up-db         fresh Galera nodes and HAProxy only (the Maven profile galera)
#   cluster/cluster.sh down          stops everything it started, apps first
#   cluster/cluster.sh status        Galera sizes and states, app readiness
#   cluster/cluster.sh kill-app N | stop-app N | start-app N
#   cluster/cluster.sh kill-db N  | stop-db N  | start-db N
#
# Settings (environment): HALLFLOW_CLUSTER_DIR, HALLFLOW_CLUSTER_JAR, HALLFLOW_CLUSTER_PROFILES
# (default demo,mysql), HALLFLOW_DEMO_HISTORY_DAYS (default 0), HALLFLOW_CLUSTER_HEAP
# (default 512m). Ports: SQL 4306-4308 (Galera 4567/4577/4587, IST +1, SST +2), HAProxy 4300
# (database), 8180 (app), 8404 (statistics); app node N on 8180+N. docs/operations.md.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
DIR=${HALLFLOW_CLUSTER_DIR:-$REPO/target/cluster}
DB_PORT=4300
APP_PORT=8180
STATS_PORT=8404
DATABASE=hallflow
DB_USER=hallflow
DB_PASSWORD=hallflow-cluster
PROFILES=${HALLFLOW_CLUSTER_PROFILES:-demo,mysql}
HEAP=${HALLFLOW_CLUSTER_HEAP:-512m}

sql_port() { echo $((4305 + $1)); }
gcomm_port() { echo $((4557 + 10 * $1)); }
app_port() { echo $((APP_PORT + $1)); }
peers() { echo "127.0.0.1:$(gcomm_port 1),127.0.0.1:$(gcomm_port 2),127.0.0.1:$(gcomm_port 3)"; }

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "$*" >&2; exit 1; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_pid() { # pidfile signal seconds
	local file=$1 signal=$2 wait=$3 pid
	alive "$file" || { rm -f "$file"; return 0; }
	pid=$(cat "$file")
	kill "-$signal" "$pid" 2>/dev/null || true
	for _ in $(seq $((wait * 10))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
	if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; sleep 0.5; fi
	rm -f "$file"
}

db_sql() { # node sql
	mariadb --protocol=socket -S "$DIR/db$1/mysqld.sock" -uroot -N -B -e "$2"
}

db_status() { # node -> "size state" or empty
	db_sql "$1" "select group_concat(variable_value order by variable_name separator ' ') from information_schema.global_status where variable_name in ('wsrep_cluster_size','wsrep_local_state_comment')" 2>/dev/null || true
}

wait_synced() { # node seconds
	local s
	for _ in $(seq $(($2 * 2))); do
		s=$(db_status "$1")
		case "$s" in *Synced*) return 0 ;; esac
		alive "$DIR/db$1/mariadbd.pid" || die "Galera node $1 stopped: see $DIR/db$1/error.log"
		sleep 0.5
	done
	die "Galera node $1 not synced after $2 s ($s): see $DIR/db$1/error.log"
}

render_db() {
	local n=$1 d="$DIR/db$1" g
	g=$(gcomm_port "$n")
	mkdir -p "$d"
	sed -e "s|@DIR@|$d|g" -e "s|@PORT@|$(sql_port "$n")|g" -e "s|@GCOMM@|$g|g" -e "s|@IST@|$((g + 1))|g" \
		-e "s|@SST@|$((g + 2))|g" -e "s|@NAME@|db$n|g" -e "s|@PEERS@|$(peers)|g" \
		"$HERE/galera-node.cnf.in" >"$d/my.cnf"
}

start_db() { # node [--wsrep-new-cluster]
	local n=$1 d="$DIR/db$1"
	alive "$d/mariadbd.pid" && { say "Galera node $n runs already"; return 0; }
	[ -f "$d/my.cnf" ] || render_db "$n"
	if [ ! -d "$d/data/mysql" ]; then
		mkdir -p "$d/data"
		chown -R mysql:mysql "$d"
		mariadb-install-db --defaults-file="$d/my.cnf" --user=mysql --auth-root-authentication-method=socket \
			--skip-test-db >"$d/install.log" 2>&1 || die "mariadb-install-db failed: $d/install.log"
	fi
	chown -R mysql:mysql "$d"
	local position=""
	if [ -f "$d/data/grastate.dat" ] && [ -z "${2:-}" ]; then
		# after a crash the state file says seqno -1: recover the position from InnoDB, as
		# galera_recovery does, so the node asks for the missing write sets only (IST)
		/usr/sbin/mariadbd --defaults-file="$d/my.cnf" --user=mysql --wsrep-recover --log-error="$d/recover.log" >/dev/null 2>&1 || true
		position=$(sed -n 's/.*WSREP: Recovered position: //p' "$d/recover.log" | tail -1)
		rm -f "$d/recover.log"
	fi
	/usr/sbin/mariadbd --defaults-file="$d/my.cnf" --user=mysql ${2:-} ${position:+--wsrep-start-position=$position} >>"$d/console.log" 2>&1 &
	echo $! >"$d/mariadbd.pid"
	say "Galera node $n starting (PID $!, SQL port $(sql_port "$n"))"
	wait_synced "$n" 120
	say "Galera node $n synced: cluster size $(db_sql "$n" "show status like 'wsrep_cluster_size'" | cut -f2)"
}

create_schema() {
	db_sql 1 "create database if not exists $DATABASE character set utf8mb4 collate utf8mb4_unicode_ci;
		create user if not exists '$DB_USER'@'127.0.0.1' identified by '$DB_PASSWORD';
		grant all on \`hallflow%\`.* to '$DB_USER'@'127.0.0.1';
		create user if not exists 'haproxy_check'@'127.0.0.1';
		grant usage on *.* to 'haproxy_check'@'127.0.0.1';"
	say "database $DATABASE and its users created (replicated to every node)"
}

start_haproxy() {
	local d="$DIR/haproxy" servers="" n apps
	mkdir -p "$d"
	alive "$d/haproxy.pid" && stop_pid "$d/haproxy.pid" TERM 5
	local dbs="    server db1 127.0.0.1:$(sql_port 1) check
    server db2 127.0.0.1:$(sql_port 2) check backup
    server db3 127.0.0.1:$(sql_port 3) check backup"
	apps=${1:-2}
	for n in $(seq "$apps"); do
		servers="$servers    server app$n 127.0.0.1:$(app_port "$n") check cookie app$n
"
	done
	awk -v dbs="$dbs" -v apps="$servers" '{ if ($0 == "@DB_SERVERS@") print dbs; else if ($0 == "@APP_SERVERS@") printf "%s", apps; else print }' \
		"$HERE/haproxy.cfg.in" | sed -e "s|@DIR@|$d|g" -e "s|@CHECK@|$HERE/galera-check.sh|g" \
		-e "s|@DB_PORT@|$DB_PORT|g" -e "s|@APP_PORT@|$APP_PORT|g" -e "s|@STATS_PORT@|$STATS_PORT|g" >"$d/haproxy.cfg"
	haproxy -c -q -f "$d/haproxy.cfg" || die "haproxy refused $d/haproxy.cfg"
	haproxy -f "$d/haproxy.cfg" -D -p "$d/haproxy.pid" >>"$d/haproxy.log" 2>&1
	echo "$apps" >"$d/apps"
	say "HAProxy: database 127.0.0.1:$DB_PORT, app http://127.0.0.1:$APP_PORT/, statistics http://127.0.0.1:$STATS_PORT/"
}

jar() {
	local j=${HALLFLOW_CLUSTER_JAR:-}
	[ -n "$j" ] || j=$(ls "$REPO"/target/hallflow-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
	[ -n "$j" ] && [ -f "$j" ] || die "no production jar: run ./mvnw -B -q package -DskipTests first"
	echo "$j"
}

start_app() { # node
	local n=$1 d="$DIR/app$1"
	mkdir -p "$d"
	alive "$d/app.pid" && { say "app node $n runs already"; return 0; }
	(
		cd "$d"
		HALLFLOW_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/$DATABASE?useUnicode=true&characterEncoding=utf8" \
			HALLFLOW_DB_USER=$DB_USER HALLFLOW_DB_PASSWORD=$DB_PASSWORD \
			HALLFLOW_DEMO_HISTORY_DAYS=${HALLFLOW_DEMO_HISTORY_DAYS:-0} \
			exec java -Xmx"$HEAP" -Duser.home="$d" -jar "$(jar)" --spring.profiles.active="$PROFILES" \
			--server.port="$(app_port "$n")" --spring.main.banner-mode=off --hallflow.shutdown.drain=3s \
			--spring.datasource.hikari.initialization-fail-timeout=180000 >>"$d/app.log" 2>&1
	) &
	echo $! >"$d/app.pid"
	say "app node $n starting (PID $!, http://127.0.0.1:$(app_port "$n")/)"
}

wait_app() { # node seconds
	local n=$1
	for _ in $(seq $(($2 * 2))); do
		curl -fsS -o /dev/null "http://127.0.0.1:$(app_port "$n")/actuator/health/readiness" 2>/dev/null && {
			say "app node $n ready"
			return 0
		}
		alive "$DIR/app$n/app.pid" || die "app node $n stopped: see $DIR/app$n/app.log"
		sleep 0.5
	done
	die "app node $n not ready after $2 s: see $DIR/app$n/app.log"
}

up_db() { # apps
	down >/dev/null 2>&1 || true
	rm -rf "$DIR"
	mkdir -p "$DIR"
	chmod 755 "$DIR"
	start_db 1 --wsrep-new-cluster
	start_db 2
	start_db 3
	create_schema
	start_haproxy "$1"
	for _ in $(seq 20); do
		mariadb -h127.0.0.1 -P"$DB_PORT" -u"$DB_USER" -p"$DB_PASSWORD" -e "select 1" >/dev/null 2>&1 && return 0
		sleep 0.5
	done
	die "HAProxy does not reach the database on 127.0.0.1:$DB_PORT"
}

up() {
	local apps=${1:-2} n
	[ "$apps" -ge 1 ] || die "at least one app node"
	jar >/dev/null
	up_db "$apps"
	# one node migrates the schema while the others wait on Liquibase's lock (decision 0025)
	for n in $(seq "$apps"); do start_app "$n"; done
	for n in $(seq "$apps"); do wait_app "$n" 240; done
	status
}

down() {
	local n
	for d in "$DIR"/app*; do [ -d "$d" ] && stop_pid "$d/app.pid" TERM 30; done
	[ -d "$DIR/haproxy" ] && stop_pid "$DIR/haproxy/haproxy.pid" TERM 5
	for n in 3 2 1; do [ -d "$DIR/db$n" ] && stop_pid "$DIR/db$n/mariadbd.pid" TERM 60; done
	say "cluster stopped"
}

status() {
	local n s
	for n in 1 2 3; do
		if alive "$DIR/db$n/mariadbd.pid"; then s=$(db_status "$n"); else s="stopped"; fi
		say "db$n (127.0.0.1:$(sql_port "$n")): ${s:-starting}"
	done
	for d in "$DIR"/app*; do
		[ -d "$d" ] || continue
		n=${d##*app}
		if ! alive "$d/app.pid"; then s="stopped"
		elif curl -fsS -o /dev/null "http://127.0.0.1:$(app_port "$n")/actuator/health/readiness" 2>/dev/null; then s="ready"
		else s="not ready"; fi
		say "app$n (127.0.0.1:$(app_port "$n")): $s"
	done
}

command=${1:-status}
shift || true
case "$command" in
up) up "$@" ;;
up-db) up_db 0 && status ;;
down) down ;;
status) status ;;
kill-app) stop_pid "$DIR/app$1/app.pid" KILL 5 && say "app node $1 killed" ;;
stop-app) stop_pid "$DIR/app$1/app.pid" TERM 30 && say "app node $1 stopped" ;;
start-app) start_app "$1" && wait_app "$1" 240 ;;
kill-db) stop_pid "$DIR/db$1/mariadbd.pid" KILL 5 && say "Galera node $1 killed" ;;
stop-db) stop_pid "$DIR/db$1/mariadbd.pid" TERM 60 && say "Galera node $1 stopped" ;;
start-db) start_db "$1" ;;
*) die "unknown command $command (up, down, status, kill-app, stop-app, start-app, kill-db, stop-db, start-db)" ;;
esac
