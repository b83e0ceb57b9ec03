#!/usr/bin/env bash
# Sets Paydesk up on a running full Payara Server domain and deploys it: the server's own JDBC pool
# on PostgreSQL, secrets in the domain's password alias store, and the non-secret server settings of
# payara-server-setup.asadmin. Safe to run again (it replaces what it made before).
#
#   PAYDESK_GATEWAY_MODE=live PAYDESK_DB_PASSWORD=… PAYDESK_API_KEYS=… [PAYDESK_APP_SECRET=…] \
#   PAYDESK_DB_HOST=db PAYDESK_DB_NAME=paydesk PAYDESK_DB_USER=paydesk \
#   PAYDESK_PUBLIC_URL=https://pay.example.com/paydesk \
#   config/payara-server-setup.sh modules/app/target/paydesk.war
#
# Secrets are read from the environment and handed to asadmin in a password file only this user can
# read, removed at exit; they are never written to domain.xml, the command line or the output.
#
#   ASADMIN              asadmin to use (default: asadmin on the PATH)
#   ASADMIN_OPTS         e.g. "--host admin.internal --port 4848 --user admin"
#   AS_ADMIN_PASSWORD    the admin user's password, when the domain has one
#   PAYDESK_DB_HOST / PAYDESK_DB_PORT / PAYDESK_DB_NAME / PAYDESK_DB_USER   (localhost / 5432 / paydesk / paydesk)
#   PAYDESK_JDBC_DRIVER  path of the PostgreSQL JDBC jar to add to the domain (the domain restarts once);
#                        leave it out when the domain already has the driver
#   PAYDESK_POOL_MAX     most connections the pool opens (32)
#   PAYDESK_PUBLIC_URL   the address buyers and CCPayment reach Paydesk at
#   PAYDESK_GATEWAY_MODE live or sandbox, required: a corporate install that forgot it must not come
#                        up in sandbox mode, where simulated payments are possible
#                        (live also needs PAYDESK_APP_SECRET and paydesk.ccpayment.app-id)
set -euo pipefail

war=${1:?usage: payara-server-setup.sh path/to/paydesk.war}
here=$(cd "$(dirname "$0")" && pwd)
asadmin=${ASADMIN:-asadmin}
read -r -a opts <<< "${ASADMIN_OPTS:-}"
case "${PAYDESK_GATEWAY_MODE:-}" in
  live|sandbox) ;;
  *) echo "PAYDESK_GATEWAY_MODE is required: live (real CCPayment) or sandbox (test mode, simulated payments)" >&2
     exit 2 ;;
esac
: "${PAYDESK_DB_PASSWORD:?PAYDESK_DB_PASSWORD is required}"
: "${PAYDESK_API_KEYS:?PAYDESK_API_KEYS is required}"
pool=paydesk-pool
resource=jdbc/paydesk

umask 077
secrets=$(mktemp)
trap 'rm -f "$secrets"' EXIT

as() { "$asadmin" "${opts[@]}" "$@"; }

# asadmin reads the admin password and an alias's value from one password file
passwordfile() {
  : > "$secrets"
  if [[ -n "${AS_ADMIN_PASSWORD:-}" ]]; then
    printf 'AS_ADMIN_PASSWORD=%s\n' "$AS_ADMIN_PASSWORD" >> "$secrets"
  fi
  if [[ $# -gt 0 ]]; then
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$1" >> "$secrets"
  fi
}

# Payara's MicroProfile Config serves each alias as the setting of the same name
alias_secret() {
  local name=$1 value=$2
  passwordfile "$value"
  if as --passwordfile "$secrets" list-password-aliases | grep -qx "$name"; then
    as --passwordfile "$secrets" update-password-alias "$name" > /dev/null
  else
    as --passwordfile "$secrets" create-password-alias "$name" > /dev/null
  fi
  echo "password alias $name set"
}

passwordfile
if [[ -n "${PAYDESK_JDBC_DRIVER:-}" ]]; then
  as --passwordfile "$secrets" add-library --type common "$PAYDESK_JDBC_DRIVER"
fi
# the listener settings first, then one restart: set on a running domain they reopen its HTTP
# listeners, which then refused connections for a while after the deploy (seen in CI); after a
# restart the listeners open once, with them (and a new JDBC driver is loaded)
as --passwordfile "$secrets" multimode --file "$here/payara-server-setup.asadmin"
as --passwordfile "$secrets" restart-domain "${PAYDESK_DOMAIN:-domain1}" > /dev/null 2>&1 \
  || as --passwordfile "$secrets" restart-domain

alias_secret paydesk.db.password "$PAYDESK_DB_PASSWORD"
alias_secret paydesk.api.keys "$PAYDESK_API_KEYS"
if [[ -n "${PAYDESK_APP_SECRET:-}" ]]; then
  alias_secret paydesk.ccpayment.app-secret "$PAYDESK_APP_SECRET"
fi

passwordfile
if as --passwordfile "$secrets" list-jdbc-resources | grep -qx "$resource"; then
  as --passwordfile "$secrets" delete-jdbc-resource "$resource"
fi
if as --passwordfile "$secrets" list-jdbc-connection-pools | grep -qx "$pool"; then
  as --passwordfile "$secrets" delete-jdbc-connection-pool "$pool"
fi
# the pool's password is the alias, resolved by the server when it connects
as --passwordfile "$secrets" create-jdbc-connection-pool \
  --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
  --restype javax.sql.DataSource \
  --steadypoolsize 2 --maxpoolsize "${PAYDESK_POOL_MAX:-32}" \
  --isconnectvalidatereq=true --validationmethod custom-validation \
  --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
  --property "serverName=${PAYDESK_DB_HOST:-localhost}:portNumber=${PAYDESK_DB_PORT:-5432}:databaseName=${PAYDESK_DB_NAME:-paydesk}:user=${PAYDESK_DB_USER:-paydesk}:password=\${ALIAS=paydesk.db.password}" \
  "$pool"
as --passwordfile "$secrets" create-jdbc-resource --connectionpoolid "$pool" "$resource"
as --passwordfile "$secrets" ping-connection-pool "$pool"

# Paydesk's settings in the domain's MicroProfile Config (not secret)
setting() {
  as --passwordfile "$secrets" set-config-property --source domain \
    --propertyName "$1" --propertyValue "$2" > /dev/null
  echo "setting $1=$2"
}
setting paydesk.db.jndi-name "$resource"
setting paydesk.gateway.mode "$PAYDESK_GATEWAY_MODE"
if [[ -n "${PAYDESK_PUBLIC_URL:-}" ]]; then
  setting paydesk.public-url "$PAYDESK_PUBLIC_URL"
fi

as --passwordfile "$secrets" deploy --force=true --name paydesk --contextroot paydesk "$war"
