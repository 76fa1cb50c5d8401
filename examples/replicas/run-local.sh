#!/usr/bin/env bash
# Three JVMs of the example routes against one PostgreSQL and the local sandbox (see ReplicasDemo): an embedded
# PostgreSQL started from Maven artifacts, or yours with JDBC_URL=jdbc:postgresql://host:5432/db (and JDBC_USER,
# JDBC_PASSWORD).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -pl examples -am -DskipTests -Preplicas verify
