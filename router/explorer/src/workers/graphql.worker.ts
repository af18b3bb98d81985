// monaco-graphql's worker: validation, completion and hover against the schema.
import "monaco-graphql/esm/graphql.worker.js";
