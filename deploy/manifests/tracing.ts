import { serviceManifest } from "./kubernetes.ts";
import { GENERATED } from "./names.ts";
import type { Regions } from "./regions.ts";

/**
 * The trace backend every service and the router export their spans to (OTLP/HTTP): Jaeger
 * all-in-one, spans in memory, for a try-out and a small installation; for more, point
 * `OTEL_EXPORTER_OTLP_ENDPOINT` at your own collector (compose: the variable; Kubernetes: an
 * overlay's `supergraph-common` entry) and drop it.
 */
export const TRACE_BACKEND = {
  name: "jaeger",
  image: "jaegertracing/all-in-one:1.62.0",
  /** OTLP over HTTP, where the services send their spans. */
  otlpHttpPort: 4318,
  /** The UI (and its API), to look traces up by trace id or by `supergraph.correlation_id`. */
  uiPort: 16686,
} as const;

/** What every service's `OTEL_EXPORTER_OTLP_ENDPOINT` is, in compose and Kubernetes alike. */
export const traceEndpoint = `http://${TRACE_BACKEND.name}:${TRACE_BACKEND.otlpHttpPort}`;

/**
 * The regions of docker-compose.yml about tracing: the endpoint (in the common env of every
 * service and the router; `${X-default}`, so a variable set empty turns tracing off) and the backend.
 */
export function composeTracingRegions(): Regions {
  const { name, image, otlpHttpPort, uiPort } = TRACE_BACKEND;
  return {
    "trace-endpoint": [`OTEL_EXPORTER_OTLP_ENDPOINT: \${OTEL_EXPORTER_OTLP_ENDPOINT-${traceEndpoint}}`],
    "trace-backend": [
      `${name}:`,
      `  image: ${image}`,
      "  restart: unless-stopped",
      "  environment:",
      '    COLLECTOR_OTLP_ENABLED: "true"',
      "  # The UI on the host; OTLP stays on the compose network. Nothing waits for it: a",
      "  # service whose exports fail drops those spans and keeps serving.",
      "  ports:",
      `    - "\${JAEGER_UI_PORT:-${uiPort}}:${uiPort}"`,
      "  expose:",
      `    - "${otlpHttpPort}"`,
    ],
  };
}

/** The regions of the kustomize base's shared settings about tracing. */
export function kubernetesTracingRegions(): Record<string, Regions> {
  return { "deploy/kubernetes/base/config/common.env": { "trace-endpoint": [`OTEL_EXPORTER_OTLP_ENDPOINT=${traceEndpoint}`] } };
}

/** deploy/kubernetes/base/trace-backend.yaml: the backend's Deployment and Service. */
export function traceBackendManifest(): string {
  const { name, image, otlpHttpPort, uiPort } = TRACE_BACKEND;
  return `${GENERATED}
# The trace backend (deploy/manifests/tracing.ts): Jaeger all-in-one, spans in memory, one
# replica. Every service's OTEL_EXPORTER_OTLP_ENDPOINT (config/common.env) points at its
# Service; an overlay may point them at a collector of its own instead and drop this.
#   kubectl -n supergraph port-forward svc/${name} ${uiPort}    then http://localhost:${uiPort}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile: { type: RuntimeDefault }
      containers:
        - name: ${name}
          image: ${image}
          env:
            - name: COLLECTOR_OTLP_ENABLED
              value: "true"
          ports:
            - name: otlp-http
              containerPort: ${otlpHttpPort}
            - name: ui
              containerPort: ${uiPort}
          readinessProbe:
            httpGet: { path: /, port: ui }
            periodSeconds: 10
          resources:
            requests: { cpu: 100m, memory: 256Mi }
            limits: { cpu: "1", memory: 1Gi }
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: { drop: [ALL] }
---
${serviceManifest(name, [
  { name: "otlp-http", port: otlpHttpPort },
  { name: "ui", port: uiPort },
])}`;
}
