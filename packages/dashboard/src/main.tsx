// The dashboard's entry: hash routing over three pages.

import "uplot/dist/uPlot.min.css";
import "./style.css";
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { parseRoute } from "./lib/route.js";
import { JobsPage } from "./jobs-page.js";
import { JobPage } from "./job-page.js";
import { TrialPage } from "./trial-page.js";

function App() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);
  return (
    <>
      <header class="top">
        <a href="#/" class="brand">Hyperfleet</a>
        <nav aria-label="breadcrumb">
          <a href="#/">Jobs</a>
          {route.page !== "jobs" && (
            <>
              {" / "}
              <a href={`#/jobs/${encodeURIComponent(route.jobId)}`}>{route.jobId}</a>
            </>
          )}
          {route.page === "trial" && <> / trial {route.trialId}</>}
        </nav>
      </header>
      <main>
        {route.page === "jobs" && <JobsPage />}
        {route.page === "job" && <JobPage key={route.jobId} jobId={route.jobId} />}
        {route.page === "trial" && <TrialPage key={`${route.jobId}/${route.trialId}`} jobId={route.jobId} trialId={route.trialId} />}
      </main>
    </>
  );
}

render(<App />, document.getElementById("app")!);
