// Emits the merged SDL as a module so the server (and the Lambda bundle) needs no .graphql files at run time.
const { printSchema } = require('graphql');

module.exports = {
  plugin(schema) {
    return `export const typeDefs = ${JSON.stringify(printSchema(schema))};\n`;
  },
};
