#!/usr/bin/env bash
# Installs the load balancer from Debian (HAProxy 2.6 on Debian 12) if it is missing. Needs root.
set -euo pipefail
if command -v haproxy >/dev/null 2>&1; then
  haproxy -v | head -1
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends haproxy >/dev/null
# the package's own service is not used: cluster.sh runs haproxy with the project's configuration
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet haproxy 2>/dev/null; then
  systemctl stop haproxy || true
fi
haproxy -v | head -1
