/**
 * The status of each service of a bundle (liên thông) under one reference. The demo's back office
 * advances each service on the status schedule; a service with `after` starts once the services it
 * follows have their result.
 */
import { statusHistory, type StatusSchedule, type SubmissionStatus } from './status.js';

interface BundledService {
  readonly id: string;
  readonly after?: readonly string[];
}

export function bundleStatuses(
  definition: Record<string, unknown>,
  submittedAt: string,
  now: number,
  schedule: StatusSchedule,
): { id: string; status: SubmissionStatus }[] | undefined {
  const bundle = definition['bundle'] as { services?: BundledService[] } | undefined;
  const services = bundle?.services;
  if (!Array.isArray(services)) return undefined;
  const startOf = new Map<string, number>();
  const start = (service: BundledService, depth = 0): number => {
    const known = startOf.get(service.id);
    if (known !== undefined) return known;
    const before =
      depth > services.length ? [] : (service.after ?? []).flatMap((id) => services.filter((other) => other.id === id));
    const at = before.length
      ? Math.max(...before.map((other) => start(other, depth + 1) + schedule.resultReadyAfterMs))
      : Date.parse(submittedAt);
    startOf.set(service.id, at);
    return at;
  };
  return services.map((service) => {
    const from = start(service);
    return {
      id: service.id,
      status: from > now ? 'received' : statusHistory(new Date(from).toISOString(), now, schedule).status,
    };
  });
}
