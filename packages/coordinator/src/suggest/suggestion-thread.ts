// The body of one suggestion thread: answers each AskRequest it is sent, in order, with the pure
// optimizer. Nothing else runs here, so a GP fit never holds up the coordinator's event loop.
import { parentPort } from "node:worker_threads";
import { answerAsk, type AskRequest } from "@hyperfleet/optimizer";

parentPort?.on("message", ({ id, request }: { id: number; request: AskRequest }) => {
  try {
    parentPort!.postMessage({ id, answer: answerAsk(request, () => performance.now()) });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message });
  }
});
