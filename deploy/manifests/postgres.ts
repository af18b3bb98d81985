import type { ContextDeclaration } from "@supergraph/platform/topology";
import { dbId, GENERATED } from "./names.ts";
import type { Regions } from "./regions.ts";

/** A context's CloudNativePG cluster and its daily backup (deploy/postgres/<name>.yaml). */
export function databaseManifest({ name }: ContextDeclaration): string {
  return `${GENERATED}
# The ${name} context's own PostgreSQL: a primary and a streaming replica that takes over on
# failure. CloudNativePG writes the connection URL to Secret ${name}-db-app (key \`uri\`), which
# the ${name} Deployment reads as DATABASE_URL.
apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: ${name}-db
spec:
  instances: 2
  storage:
    size: 10Gi
  bootstrap:
    initdb:
      database: supergraph_${dbId(name)}
      owner: ${dbId(name)}
  resources:
    requests: { cpu: 250m, memory: 512Mi }
    limits: { memory: 1Gi }
  # Continuous WAL archive plus base backups, so the database can be restored to any
  # moment (docs/operations.md, Backups).
  backup:
    retentionPolicy: 14d
    barmanObjectStore:
      destinationPath: s3://supergraph-backups/${name}
      s3Credentials:
        accessKeyId: { name: backup-store, key: ACCESS_KEY_ID }
        secretAccessKey: { name: backup-store, key: ACCESS_SECRET_KEY }
      wal:
        compression: gzip
---
apiVersion: postgresql.cnpg.io/v1
kind: ScheduledBackup
metadata:
  name: ${name}-db-daily
spec:
  # Six fields, seconds first: every day at 03:00.
  schedule: "0 0 3 * * *"
  backupOwnerReference: self
  cluster:
    name: ${name}-db
`;
}

export function postgresRegions(contexts: readonly ContextDeclaration[]): Record<string, Regions> {
  return { "deploy/postgres/kustomization.yaml": { "context-databases": contexts.map((c) => `- ${c.name}.yaml`) } };
}
