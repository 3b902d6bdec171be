import { WireErrorCode, type TrialOffer, type WireError } from "@hyperfleet/transport";

/**
 * What a worker agrees to run. Patterns are globs: `*` matches any run of characters (a `/` too),
 * everything else matches itself. Images are matched as the spec names them (`registry/name:tag`);
 * commands as the argv joined with single spaces (hyperparameters never appear there: they travel in
 * files and HP_* variables). No list of a kind: that kind is not restricted.
 */
export interface AllowList {
  images?: readonly string[];
  commands?: readonly string[];
}

export function globMatches(pattern: string, text: string): boolean {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`, "s").test(text);
}

/** Why the worker refuses this assignment, or undefined when its allow-list lets it run. */
export function refusal(offer: TrialOffer, allow: AllowList | undefined): WireError | undefined {
  const t = offer.training;
  if (t.runtime === "docker" && allow?.images && allow.images.length > 0) {
    const image = t.image ?? "";
    if (!allow.images.some((p) => globMatches(p, image))) return notAllowed(`image ${JSON.stringify(image)} is not in this worker's --allow-image list`);
  }
  if (allow?.commands && allow.commands.length > 0 && t.command.length > 0) {
    const line = t.command.join(" ");
    if (!allow.commands.some((p) => globMatches(p, line))) return notAllowed(`command ${JSON.stringify(line)} is not in this worker's --allow-command list`);
  }
  return undefined;
}

function notAllowed(message: string): WireError {
  return { code: WireErrorCode.NotAllowed, message, retryable: false };
}
