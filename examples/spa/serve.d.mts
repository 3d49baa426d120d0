export interface SpaServer {
  /** The page's origin, e.g. http://localhost:5173 */
  url: string;
  close(): Promise<void>;
}

/** Serves examples/spa (and client/dist under /client/) with /config.js naming the Gatehouse origin. */
export function startSpaServer(options: { port: number; host?: string; apiUrl: string; clientDir?: string }): Promise<SpaServer>;
