// Validates rendered Kubernetes manifests (the output of `kubectl kustomize`) against the Kubernetes
// OpenAPI schemas that the npm package kubernetes-models ships (one compiled JSON-schema validator per
// kind and API version). Usage: node validate.mjs rendered.yaml [more.yaml ...]
// Exits non-zero when a document is invalid, or of a kind/API version the schemas do not know.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let failures = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length) {
      console.error(`${file}: YAML error: ${document.errors[0].message}`);
      failures++;
      continue;
    }
    const resource = document.toJS();
    if (!resource) continue;
    const name = `${file}: ${resource.kind}/${resource.metadata?.name} (${resource.apiVersion})`;
    const [group, version] = resource.apiVersion.includes("/")
      ? resource.apiVersion.split("/")
      : [null, resource.apiVersion];
    const path = group ? `kubernetes-models/${group}/${version}/${resource.kind}` : `kubernetes-models/${version}/${resource.kind}`;
    let Model;
    try {
      Model = (await import(path))[resource.kind];
    } catch (e) {
      console.error(`${name}: no schema for this kind and API version (${path})`);
      failures++;
      continue;
    }
    try {
      new Model(resource).validate();
      checked++;
      console.log(`valid: ${name}`);
    } catch (e) {
      console.error(`INVALID: ${name}: ${e.message}`);
      failures++;
    }
  }
}
console.log(`${checked} manifests valid, ${failures} invalid`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
