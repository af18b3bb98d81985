# syntax=docker/dockerfile:1
#
# One image for every subgraph and the router; SERVICE (router, identity, payments,
# lectures, registrations, views) picks what a container runs.
# Why one image: the services are one npm workspace tree with one lockfile, the shared
# platform package and the same runtime (tsx), so per-service images would each carry
# nearly the same node_modules. One image is one build, one scan and one tag per release;
# a service can still be rolled to another tag on its own.
#
#   docker build -t supergraph .
#   docker run -e SERVICE=lectures -e DATABASE_URL=... -e NATS_URL=... supergraph

ARG NODE_IMAGE=node:20-bookworm-slim

# Only the package manifests, so the dependency layer below is rebuilt when they change and
# not on every source edit (BuildKit compares the copied content). Found by name rather than
# listed, so a new context needs no Dockerfile change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
 && find . -depth -type d -empty -delete

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=manifests /app ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
# Prisma clients are generated offline (JS engine over the pg adapter, no binary download).
RUN node_modules/.bin/tsx scripts/prisma.ts generate
# The browser bundles the router serves (explorer at /explorer, web client at /app).
RUN node_modules/.bin/tsx scripts/build-web.ts
# Run-time dependencies only (deploy/docker/runtime-dependencies.mjs says why tsx stays).
RUN node deploy/docker/runtime-dependencies.mjs \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf scripts

FROM ${NODE_IMAGE} AS runtime
# Containers are reached from outside themselves; the services' default is loopback only.
ENV HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=root:root /app ./
USER node
# Liveness of the process only: readiness (/readyz) depends on PostgreSQL and NATS and is
# what orchestrators gate traffic on (compose and Kubernetes set their own checks).
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "--import", "tsx", "deploy/docker/healthcheck.ts", "/healthz"]
ENTRYPOINT ["sh", "deploy/docker/entrypoint.sh"]
