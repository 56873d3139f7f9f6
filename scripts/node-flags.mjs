// The V8 flags every hub process runs with: `npm start` (start.mjs), `npm run cluster`'s
// replicas and the benchmarks' hubs, so a benchmark measures the process production runs.
//
// A larger young generation: a nested GraphQL answer, a replayed page of events or a burst of
// mutations allocates many short-lived objects, and the default semi-space makes the collector
// run several times per request and promote what is still in flight to the old generation.
export const HUB_NODE_FLAGS = ['--max-semi-space-size=64'];
