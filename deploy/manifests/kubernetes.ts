import type { ContextDeclaration } from "@supergraph/platform/topology";
import { subgraphUrlVariable } from "@supergraph/platform/topology";
import { autoscaled, GENERATED, noteLines, secretsOf, settingsOf, title } from "./names.ts";
import type { Regions } from "./regions.ts";

/**
 * A context's Deployment and Service (deploy/kubernetes/base/<name>.yaml). Every context runs
 * the same way; what differs is its name, port, settings, secrets, replicas and CPU request.
 */
export function contextManifest(c: ContextDeclaration): string {
  const { name, port } = c;
  const replicas = autoscaled(c)
    ? "  # No replicas here: the HorizontalPodAutoscaler owns the count (autoscaling.yaml)."
    : `  replicas: ${c.scaling.minReplicas}`;
  const secrets = secretsOf(c).map((key) =>
    [
      `            - name: ${key}`,
      "              valueFrom:",
      `                secretKeyRef: { name: ${name}-secrets, key: ${key} }`,
    ].join("\n"),
  );
  const config = settingsOf(c).length > 0 ? [`            - configMapRef: { name: ${name}-config }`] : [];
  return `${GENERATED}
# ${title(c)}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
spec:
${replicas}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  # Zero downtime: a new pod must be ready (and stay so for minReadySeconds) before an old
  # one is taken out, and no pod is removed before its replacement is up.
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  minReadySeconds: 5
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/port: "${port}"
        prometheus.io/path: /metrics
    spec:
      # preStop (10 s) + HTTP drain (at most 10 s) + events in hand + outbox + closing.
      terminationGracePeriodSeconds: 45
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        runAsGroup: 1000
        seccompProfile: { type: RuntimeDefault }
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              app.kubernetes.io/name: ${name}
      containers:
        - name: ${name}
          image: supergraph
          env:
            - name: SERVICE
              value: ${name}
            - name: PORT
              value: "${port}"
            - name: ROUTER_SECRET
              valueFrom:
                # Only requests carrying it (the router's) reach /graphql; shared by the router and every subgraph.
                secretKeyRef: { name: router-secret, key: secret }
            - name: DATABASE_URL
              valueFrom:
                # From CloudNativePG's ${name}-db cluster, or made by you for a managed PostgreSQL.
                secretKeyRef: { name: ${name}-db-app, key: uri }
${[...secrets, ""].join("\n")}          envFrom:
            - configMapRef: { name: supergraph-common }
${[...config, ""].join("\n")}          ports:
            - name: http
              containerPort: ${port}
          # Migrations and the NATS connection come before the HTTP server: allow a minute.
          startupProbe:
            httpGet: { path: /healthz, port: http }
            periodSeconds: 2
            failureThreshold: 30
          # Alive = the process answers; a database or NATS outage must not restart it.
          livenessProbe:
            httpGet: { path: /healthz, port: http }
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          # Ready = the database and NATS answer; 503 while draining.
          readinessProbe:
            httpGet: { path: /readyz, port: http }
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: 2
          lifecycle:
            # Keeps serving while the endpoint removal reaches every node and the router;
            # SIGTERM (graceful drain) comes after.
            preStop:
              exec:
                command: ["sleep", "10"]
          resources:
            requests: { cpu: ${c.scaling.cpuRequest ?? "100m"}, memory: 192Mi }
            limits: { cpu: "1", memory: 512Mi }
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: { drop: [ALL] }
          volumeMounts:
            # tsx keeps its compile cache in the temp directory.
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: { sizeLimit: 64Mi }
---
${serviceManifest(name, [{ name: "http", port }])}`;
}

/** A Service in front of the pods labelled `name`, each port to the container port of the same name. */
export function serviceManifest(name: string, ports: readonly { name: string; port: number | string }[]): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
${ports.map((p) => `    - name: ${p.name}\n      port: ${p.port}\n      targetPort: ${p.name}`).join("\n")}
`;
}

/** A context's ConfigMap source (config/<name>.env): its settings, at their deploy values. */
export function contextEnvFile(c: ContextDeclaration): string {
  const lines = settingsOf(c).flatMap(([key, value]) => [...noteLines(c, key), `${key}=${value}`]);
  return [GENERATED, `# Settings of the ${c.name} context (ConfigMap ${c.name}-config); an overlay overrides them.`, ...lines, ""].join("\n");
}

const autoscaler = (c: ContextDeclaration) => [
  "---",
  "apiVersion: autoscaling/v2",
  "kind: HorizontalPodAutoscaler",
  "metadata:",
  `  name: ${c.name}`,
  "spec:",
  `  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${c.name} }`,
  `  minReplicas: ${c.scaling.minReplicas}`,
  "  # Each replica holds up to DATABASE_POOL_SIZE (10) connections to its database.",
  `  maxReplicas: ${c.scaling.maxReplicas}`,
  "  metrics:",
  "    - type: Resource",
  `      resource: { name: cpu, target: { type: Utilization, averageUtilization: ${c.scaling.cpuPercent} } }`,
  "  behavior:",
  "    scaleDown:",
  "      stabilizationWindowSeconds: 300",
];

const disruptionBudget = (c: ContextDeclaration) => [
  "---",
  "apiVersion: policy/v1",
  "kind: PodDisruptionBudget",
  "metadata:",
  `  name: ${c.name}`,
  "spec:",
  "  maxUnavailable: 1",
  "  selector:",
  "    matchLabels:",
  `      app.kubernetes.io/name: ${c.name}`,
];

/** The regions of the kustomize base's hand-written files, by file. */
export function kubernetesRegions(contexts: readonly ContextDeclaration[]): Record<string, Regions> {
  return {
    "deploy/kubernetes/base/kustomization.yaml": {
      "context-resources": contexts.map((c) => `- ${c.name}.yaml`),
      "context-config": contexts
        .filter((c) => settingsOf(c).length > 0)
        .flatMap((c) => [`- name: ${c.name}-config`, `  envs: [config/${c.name}.env]`]),
    },
    "deploy/kubernetes/base/autoscaling.yaml": { "context-autoscalers": contexts.filter(autoscaled).flatMap(autoscaler) },
    "deploy/kubernetes/base/disruption-budgets.yaml": { "context-budgets": contexts.flatMap(disruptionBudget) },
    "deploy/kubernetes/base/config/router.env": {
      "subgraph-urls": contexts.map((c) => `${subgraphUrlVariable(c.name)}=http://${c.name}:${c.port}/graphql`),
    },
  };
}
