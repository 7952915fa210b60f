// Loads the served SDL with graphql-js buildSchema, as schema tools (codegen, linters, IDEs) do.
// Usage: node build-schema.mjs http://localhost:8080/graphql/schema.graphql
// Exit code 1 when the SDL does not load or fails graphql-js schema validation.
import { buildSchema, assertValidSchema } from 'graphql';

const url = process.argv[2] ?? 'http://localhost:8080/graphql/schema.graphql';
const response = await fetch(url);
if (!response.ok) {
  console.log(`GET ${url}: ${response.status}`);
  process.exit(1);
}
try {
  const schema = buildSchema(await response.text());
  assertValidSchema(schema);
  console.log(`graphql-js buildSchema: ${Object.keys(schema.getTypeMap()).length} types`);
} catch (error) {
  console.log(`graphql-js buildSchema refused the SDL: ${error.message}`);
  process.exit(1);
}
