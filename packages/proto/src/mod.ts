// Filled by later issues (see the issue list); the package exists so the workspace builds.
export {};
