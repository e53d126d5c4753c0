#!/bin/sh
# Starts a Ferry migration (production -> staging, say) and waits for the job to end.
# POSIX sh + curl only, so it runs in a minimal curl image without jq.
#
# Environment:
#   FERRY_URL               Ferry's base URL, e.g. http://ferry:8080
#   FERRY_TOKEN             API token allowed to start migrations (operator role)
#   SOURCE_CONNECTION_ID    connection copied from
#   TARGET_CONNECTION_ID    connection overwritten (force=true replaces its tables)
#   POLL_INTERVAL_SECONDS   default 15
#   MAX_WAIT_SECONDS        default 10800 (3 h); on timeout the Ferry job is cancelled
#
# Exit status, read by the CronJob's podFailurePolicy:
#   0  the job completed
#   1  the job failed, was cancelled, or did not finish in time   (not retried)
#   2  bad configuration, or Ferry rejected the request            (not retried)
#   3  Ferry could not be reached to start the job                 (retried up to backoffLimit)
set -eu

fail() { code=$1; shift; echo "nightly-migration: $*" >&2; exit "$code"; }

for name in FERRY_URL FERRY_TOKEN SOURCE_CONNECTION_ID TARGET_CONNECTION_ID; do
  eval "value=\${$name:-}"
  [ -n "$value" ] || fail 2 "$name is not set"
done
POLL_INTERVAL_SECONDS=${POLL_INTERVAL_SECONDS:-15}
MAX_WAIT_SECONDS=${MAX_WAIT_SECONDS:-10800}
FERRY_URL=${FERRY_URL%/}

# Connection ids are UUID-like; refusing anything else keeps the JSON below well-formed.
for id in "$SOURCE_CONNECTION_ID" "$TARGET_CONNECTION_ID"; do
  case $id in
    '' | *[!A-Za-z0-9_-]*) fail 2 "connection id '$id' may only contain letters, digits, '-' and '_'" ;;
  esac
done

# The token reaches curl as a config file on stdin, not as an argument, so `ps` never shows it.
auth_header() { printf 'header = "Authorization: Bearer %s"\n' "$FERRY_TOKEN"; }

# call METHOD URL [JSON]: prints the response body, then a line "<http status> <Location header>".
call() {
  if [ $# -ge 3 ]; then
    set -- "$1" "$2" -H 'Content-Type: application/json' --data "$3"
  fi
  method=$1 url=$2
  shift 2
  auth_header | curl -sS -K - --connect-timeout 10 --max-time 60 -X "$method" \
    -H 'Accept: application/json' "$@" -w '\n%{http_code} %header{location}\n' "$url"
}

# The job's own "status": nested objects (per-table progress, say) are cut out innermost first,
# until only the top-level object is left, so their statuses cannot be mistaken for the job's.
json_status() {
  printf '%s' "$1" | tr -d '\n' | sed -e 's/^[[:space:]]*//' -e ':a' -e 's/\(.\){[^{}]*}/\1/' -e 'ta' \
    | grep -o '"status"[[:space:]]*:[[:space:]]*"[A-Za-z_]*"' | head -n 1 \
    | sed 's/.*"\([A-Za-z_]*\)"$/\1/' | tr '[:upper:]' '[:lower:]'
}

body='{"sourceConnectionId": "'"$SOURCE_CONNECTION_ID"'", "targetConnectionId": "'"$TARGET_CONNECTION_ID"'", "force": true}'
response=$(call POST "$FERRY_URL/api/v1/migrations" "$body") \
  || fail 3 "could not reach $FERRY_URL"
last=$(printf '%s\n' "$response" | tail -n 1)
http_status=${last%% *}
location=${last#* }
if [ "$http_status" != 202 ]; then
  printf '%s\n' "$response" | sed '$d' >&2
  fail 2 "POST /api/v1/migrations answered $http_status, expected 202"
fi
# Location may be absolute (http://host/api/v1/jobs/ID) or a path; the id is its last segment.
location=${location%/}
job_id=${location##*/}
case $job_id in
  '' | *[!A-Za-z0-9_-]*) fail 2 "no job id in the Location header '$location'" ;;
esac
job_url="$FERRY_URL/api/v1/jobs/$job_id"
echo "nightly-migration: started job $job_id ($SOURCE_CONNECTION_ID -> $TARGET_CONNECTION_ID)"

started=$(date +%s)
while :; do
  if response=$(call GET "$job_url"); then
    last=$(printf '%s\n' "$response" | tail -n 1)
    http_status=${last%% *}
    job=$(printf '%s\n' "$response" | sed '$d')
    case $http_status in
      200)
        status=$(json_status "$job")
        case $status in
          completed) echo "nightly-migration: job $job_id completed"; exit 0 ;;
          failed | cancelled | canceled)
            printf '%s\n' "$job" >&2
            fail 1 "job $job_id ended $status" ;;
          *) echo "nightly-migration: job $job_id is ${status:-in an unknown state}" ;;
        esac ;;
      401 | 403 | 404)
        printf '%s\n' "$job" >&2
        fail 2 "GET $job_url answered $http_status" ;;
      *) echo "nightly-migration: GET $job_url answered $http_status, retrying" >&2 ;;
    esac
  else
    # A restarting Ferry pod is no reason to give up on a job that carries on without us.
    echo "nightly-migration: Ferry unreachable while polling, retrying" >&2
  fi
  if [ $(( $(date +%s) - started )) -ge "$MAX_WAIT_SECONDS" ]; then
    call POST "$job_url/cancel" >/dev/null 2>&1 || true
    fail 1 "job $job_id did not finish within $MAX_WAIT_SECONDS s; asked Ferry to cancel it"
  fi
  sleep "$POLL_INTERVAL_SECONDS"
done
