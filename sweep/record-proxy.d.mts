export interface ProxyRecord {
  kind: "http" | "connect";
  /** The full URL of a plain-HTTP request, or host:port of a CONNECT. */
  target: string;
}

export function startRecordingProxy(): Promise<{
  port: number;
  take(): ProxyRecord[];
  close(): Promise<void>;
}>;

export function isBrowserService(record: ProxyRecord): boolean;

export function unexplained(records: ProxyRecord[], pageUrls: string[]): ProxyRecord[];
