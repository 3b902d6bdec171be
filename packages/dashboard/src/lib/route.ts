// Hash routes: #/ (jobs), #/jobs/ID (a job), #/jobs/ID/trials/N (a trial).

export type Route = { page: "jobs" } | { page: "job"; jobId: string } | { page: "trial"; jobId: string; trialId: number };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#/, "").split("/").filter((p) => p !== "").map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  if (parts[0] === "jobs" && parts[1] !== undefined) {
    if (parts[2] === "trials" && parts[3] !== undefined && /^\d+$/.test(parts[3])) return { page: "trial", jobId: parts[1], trialId: Number(parts[3]) };
    return { page: "job", jobId: parts[1] };
  }
  return { page: "jobs" };
}

export const jobHref = (jobId: string): string => `#/jobs/${encodeURIComponent(jobId)}`;
export const trialHref = (jobId: string, trialId: number): string => `#/jobs/${encodeURIComponent(jobId)}/trials/${trialId}`;
