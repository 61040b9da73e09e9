# Sourced by bin/dev and bin/test: prepares a fresh machine (JDK >= 21, Maven, PostgreSQL with
# the yibao databases). Idempotent; prints what it does.
set -euo pipefail

say() { printf '[setup] %s\n' "$*"; }

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }

select_jdk() {
    local current=""
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then current="$JAVA_HOME/bin/java";
    elif command -v java >/dev/null 2>&1; then current=$(command -v java); fi
    if [ -n "$current" ] && [ "$(java_major "$current")" -ge 21 ] 2>/dev/null; then
        export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$current")")")}
        say "JDK $(java_major "$current") at $JAVA_HOME"; return
    fi
    local best="" best_rank=0 major rank
    for home in /usr/lib/jvm/*/; do
        home=${home%/}
        [ -x "$home/bin/javac" ] || continue
        major=$(java_major "$home/bin/java") || continue
        [ "$major" -ge 21 ] 2>/dev/null || continue
        # Prefer the lowest JDK >= 25 (the build trains its AOT cache), else the lowest >= 21
        # (the language level; the build then packages without the cache).
        rank=$major; [ "$major" -ge 25 ] || rank=$((major + 100))
        if [ "$best_rank" -eq 0 ] || [ "$rank" -lt "$best_rank" ]; then
            best=$home; best_rank=$rank
        fi
    done
    local best_major=$((best_rank > 100 ? best_rank - 100 : best_rank))
    if [ -z "$best" ]; then
        say "no JDK >= 21 found; installing one from Debian's packages"
        apt-get update -qq && (apt-get install -y -qq openjdk-21-jdk-headless || apt-get install -y -qq openjdk-25-jdk-headless)
        select_jdk; return
    fi
    export JAVA_HOME=$best PATH=$best/bin:$PATH
    say "JDK $best_major at $JAVA_HOME (the default java is older)"
}

ensure_maven() {
    command -v mvn >/dev/null 2>&1 && return
    say "installing Maven"; apt-get update -qq && apt-get install -y -qq maven
}

psql_admin() {
    if psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
        psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
    else
        runuser -u postgres -- psql -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
    fi
}

ensure_postgres() {
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
        say "installing PostgreSQL"; apt-get update -qq && apt-get install -y -qq postgresql
    fi
    if ! pg_isready -q -h 127.0.0.1 -p 5432; then
        local version
        version=$(ls /etc/postgresql | sort -V | tail -n 1)
        say "starting PostgreSQL $version"
        pg_ctlcluster --skip-systemctl-redirect "$version" main start
        for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    fi
    psql_admin -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'yibao') THEN CREATE ROLE yibao LOGIN PASSWORD 'yibao'; END IF; END \$\$;"
    for db in yibao yibao_test; do
        if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
            say "creating database $db"
            psql_admin -c "CREATE DATABASE $db OWNER yibao"
        fi
    done
    say "PostgreSQL ready on 127.0.0.1:5432 (databases yibao, yibao_test)"
}

select_jdk
ensure_maven
ensure_postgres
