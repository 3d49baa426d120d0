/** Summarises a V8 .cpuprofile: self time by package and by function, over the profile's last `windowMs`. */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package>, src/<file>, node:<builtin>, or V8's own (idle), (garbage collector), (program). */
function ownerOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1] ?? url;
  if (url.startsWith('node:')) return url;
  const own = /\/(src|bench|dist)\/(.+)$/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url;
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}%`.padStart(6);
}

export function summariseProfile(profile: CpuProfile, { top = 25, windowMs }: { top?: number; windowMs?: number } = {}): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const from = windowMs === undefined ? -Infinity : profile.endTime - windowMs * 1000;
  const selfByFunction = new Map<string, number>();
  const selfByOwner = new Map<string, number>();
  let total = 0;
  let busy = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at < from) return;
    const node = byId.get(id);
    if (!node) return;
    const owner = ownerOf(node.callFrame);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${owner}:${node.callFrame.lineNumber + 1}`;
    total += delta;
    if (owner !== '(idle)') busy += delta;
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + delta);
    selfByOwner.set(owner, (selfByOwner.get(owner) ?? 0) + delta);
  });
  const ranked = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = [`CPU profile: ${(total / 1e6).toFixed(1)} s sampled, ${percent(busy, total).trim()} busy (not idle)`, '', 'self time by package or file (share of busy time):'];
  for (const [owner, time] of ranked(selfByOwner)) if (owner !== '(idle)') lines.push(`  ${percent(time, busy)}  ${owner}`);
  lines.push('', 'self time by function (share of busy time):');
  for (const [name, time] of ranked(selfByFunction)) if (!name.startsWith('(idle)')) lines.push(`  ${percent(time, busy)}  ${name}`);
  return lines.join('\n');
}
