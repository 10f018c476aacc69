// Emits the merged SDL as a module so the server (and the Lambda bundle) needs no .graphql files at run time.
// Beside the printed SDL it emits the same schema already parsed (the document `parse` returns without
// locations), as JSON text: on a cold start the server reads it with JSON.parse, which is several times
// faster than running the GraphQL lexer and parser over the SDL for the first time in a process.
const { parse, printSchema } = require('graphql');

module.exports = {
  plugin(schema) {
    const sdl = printSchema(schema);
    const document = JSON.stringify(parse(sdl, { noLocation: true }));
    return [
      `export const typeDefs = ${JSON.stringify(sdl)};`,
      '',
      '/** `typeDefs` parsed without locations, as JSON text (`JSON.parse` gives the `DocumentNode` that `parse` would). */',
      `export const schemaDocumentJson = ${JSON.stringify(document)};`,
      '',
    ].join('\n');
  },
};
