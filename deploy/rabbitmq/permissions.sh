#!/usr/bin/env bash
# RabbitMQ users for one Hyperfleet installation, each with the least the broker must let it do
# (docs/security.md explains each regex). Run it where rabbitmqctl reaches the node:
#
#   HYPERFLEET_AMQP_COORDINATOR_PASSWORD=... HYPERFLEET_AMQP_WORKER_PASSWORD=... \
#     bash deploy/rabbitmq/permissions.sh [WORKER_ID ...]
#
#   coordinator  declares the whole topology, offers trials (through the default exchange), reads
#                every event and dead letter, sends work hints and control commands.
#   worker       a shared identity: reads the classes stream and the trials queues, declares only its
#                own server-named (amq.gen-*) queues for work hints and control commands, and publishes
#                its events to the events exchange. It cannot publish a trial assignment (no write on the
#                default exchange, the only way into a trials queue), read the events or dead-letter
#                queues, declare or change the shared topology, or touch another prefix's resources.
#                Every worker signing in as "worker" may publish events in any worker's name.
#   WORKER_ID    a user of its own per worker (run the worker with `--id WORKER_ID`), with the worker's
#                permissions and a topic permission that lets it publish only on routing key
#                w.WORKER_ID: the coordinator drops an event sent on w.X in another worker's name.
#                Its password comes from HYPERFLEET_AMQP_WORKER_PASSWORD_<ID>, the id upper-cased with
#                every character outside [A-Z0-9] as "_" (worker id gpu-01: HYPERFLEET_AMQP_WORKER_PASSWORD_GPU_01).
#
# Environment: RABBITMQCTL (default rabbitmqctl; may hold arguments, as "rabbitmqctl -n rabbit@host"),
# HYPERFLEET_AMQP_VHOST (default /; made if missing), HYPERFLEET_PREFIX (default hyperfleet; the
# --prefix of the coordinator and workers). Running it again sets the same passwords and permissions.
# Delete the guest user (rabbitmqctl delete_user guest) on any broker that others can reach.
set -euo pipefail

CTL=${RABBITMQCTL:-rabbitmqctl}
VHOST=${HYPERFLEET_AMQP_VHOST:-/}
P=${HYPERFLEET_PREFIX:-hyperfleet}
[[ $P =~ ^[A-Za-z0-9_-]+$ ]] || { echo "HYPERFLEET_PREFIX must match [A-Za-z0-9_-]+, got '$P'" >&2; exit 2; }
: "${HYPERFLEET_AMQP_COORDINATOR_PASSWORD:?set HYPERFLEET_AMQP_COORDINATOR_PASSWORD}"
: "${HYPERFLEET_AMQP_WORKER_PASSWORD:?set HYPERFLEET_AMQP_WORKER_PASSWORD}"

ctl() { $CTL "$@"; }
# add_user fails for a user that exists: then set its password.
user() { ctl add_user "$1" "$2" >/dev/null 2>&1 || ctl change_password "$1" "$2" >/dev/null; }
ctl add_vhost "$VHOST" >/dev/null 2>&1 || true

# The coordinator: everything of the prefix, and the default exchange (amq.default), through which it
# puts offers on the trials queues, class names on the classes stream and dead letters on the events queue.
user coordinator "$HYPERFLEET_AMQP_COORDINATOR_PASSWORD"
ctl set_permissions -p "$VHOST" coordinator "^$P\\." "^($P\\..*|amq\\.default)\$" "^$P\\." >/dev/null

# What every worker may do.
#   configure  only server-named queues (amq.gen-*: its exclusive queues for hints and control commands;
#              names with amq. are reserved, so it cannot make one up). The shared queues and exchanges
#              it only checks (passive declares, which need no permission).
#   write      the events exchange (its events) and its amq.gen-* queues (binding them needs write on them).
#   read       the classes stream and the trials queues (it pulls attempts), the hints and control
#              exchanges (binding its queues to them), and its amq.gen-* queues.
WORKER_CONFIGURE='^amq\.gen-.*$'
WORKER_WRITE="^($P\\.events|amq\\.gen-.*)\$"
WORKER_READ="^($P\\.(classes|trials\\..+|hints|control)|amq\\.gen-.*)\$"

user worker "$HYPERFLEET_AMQP_WORKER_PASSWORD"
ctl set_permissions -p "$VHOST" worker "$WORKER_CONFIGURE" "$WORKER_WRITE" "$WORKER_READ" >/dev/null
# Events go to the topic exchange $P.events on routing key w.<worker id>; any worker id for the shared user.
ctl set_topic_permissions -p "$VHOST" worker "$P.events" '^w\.[A-Za-z0-9_-]+$' '^$' >/dev/null

for id in "$@"; do
  [[ $id =~ ^[A-Za-z0-9_-]+$ ]] || { echo "worker id '$id': a per-worker user needs an id of [A-Za-z0-9_-]+ (the routing key names it)" >&2; exit 2; }
  var="HYPERFLEET_AMQP_WORKER_PASSWORD_$(tr '[:lower:]' '[:upper:]' <<<"$id" | tr -c 'A-Z0-9\n' '_')"
  [[ -n ${!var:-} ]] || { echo "set $var for worker $id" >&2; exit 2; }
  user "$id" "${!var}"
  ctl set_permissions -p "$VHOST" "$id" "$WORKER_CONFIGURE" "$WORKER_WRITE" "$WORKER_READ" >/dev/null
  # {username} is the user signed in: it may publish only on its own routing key.
  ctl set_topic_permissions -p "$VHOST" "$id" "$P.events" '^w\.{username}$' '^$' >/dev/null
done
