/** One scrape of a service's /metrics: reads samples (summed over matching label sets). */
export type Scrape = (name: string, labels?: Record<string, string>) => number;

/** Scrapes a service's /metrics once, so several samples can be read from the same moment. */
export async function scrape(baseUrl: string): Promise<Scrape> {
  const lines = (await (await fetch(`${baseUrl}/metrics`)).text()).split("\n");
  return (name, labels = {}) => {
    let sum = 0;
    for (const line of lines) {
      if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
      if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
      sum += Number(line.slice(line.lastIndexOf(" ") + 1));
    }
    return sum;
  };
}

/** Reads one Prometheus sample (summed over matching label sets) from a service's /metrics. */
export async function metric(baseUrl: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  return (await scrape(baseUrl))(name, labels);
}
