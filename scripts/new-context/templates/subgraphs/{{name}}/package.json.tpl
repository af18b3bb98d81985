{
  "name": "@supergraph/{{name}}",
  "private": true,
  "version": "0.1.0",
  "type": "module",
  "description": "{{Name}} context: {{description}}",
  "scripts": {
    "start": "tsx src/index.ts"
  },
  "dependencies": {
    "@supergraph/contracts": "*",
    "@supergraph/platform": "*"
  }
}
