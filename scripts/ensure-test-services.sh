#!/usr/bin/env bash
# The integration tests start their own nats-server, RabbitMQ node, Docker engine and Prometheus (free
# ports, temporary data, a private socket), render the Kubernetes manifests with kubectl, open the
# dashboard in headless Chromium and run the Python client's tests on Debian's python3: this makes sure
# the programs are installed, from Debian's packages when we may install them.
set -euo pipefail
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }
missing=()
have nats-server || missing+=(nats-server)
have rabbitmq-server || missing+=(rabbitmq-server)
have dockerd || missing+=(docker.io)
have prometheus && have promtool || missing+=(prometheus)
have kubectl || missing+=(kubernetes-client)
# The dashboard's browser tests drive Debian's headless Chromium with playwright-core.
have chromium || missing+=(chromium)
# The Python client's tests run on Debian's python3: a fresh venv to install it into, scikit-learn for the example.
[ -x /usr/bin/python3 ] || missing+=(python3)
/usr/bin/python3 -c "import venv, ensurepip" 2>/dev/null || missing+=(python3-venv)
/usr/bin/python3 -c "import sklearn" 2>/dev/null || missing+=(python3-sklearn)
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo -n"
if command -v apt-get >/dev/null 2>&1 && { [ -z "$SUDO" ] || sudo -n true 2>/dev/null; }; then
  echo "installing ${missing[*]} from Debian's packages for the integration tests" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "The integration tests need ${missing[*]} installed (Debian/Ubuntu: sudo apt-get install ${missing[*]})." >&2
exit 1
