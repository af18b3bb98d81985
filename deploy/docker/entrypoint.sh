#!/bin/sh
# Starts the one service this container runs, chosen by SERVICE (or the first argument):
# `router`, or a context name (a folder under subgraphs/). It runs what the service's
# package.json `start` script runs (`tsx src/index.ts`), as `node --import tsx` so that one
# Node process, this container's PID 1 after `exec`, receives SIGTERM and drains itself.
set -eu
app=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
service=${SERVICE:-${1:-}}
case "$service" in
  "") echo "entrypoint: set SERVICE to router or a context name" >&2; exit 64 ;;
  router) dir="$app/router" ;;
  */* | .*) echo "entrypoint: invalid SERVICE '$service'" >&2; exit 64 ;;
  *) dir="$app/subgraphs/$service" ;;
esac
if [ ! -f "$dir/src/index.ts" ]; then
  echo "entrypoint: no service '$service' in this image" >&2
  exit 64
fi
cd "$dir"
exec node --import tsx src/index.ts
