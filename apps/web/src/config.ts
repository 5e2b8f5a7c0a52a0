import { WebConfig } from '@ogi/schema';

/** Reads and checks `/config.json`: the district and the API origin this build serves. */
export async function loadConfig(): Promise<WebConfig> {
  const response = await fetch('/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  return WebConfig.parse(await response.json());
}
