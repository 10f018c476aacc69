// Emits the merged SDL as a module so the server (and the Lambda bundle) needs no .graphql files at run time.
// Beside the printed SDL it emits the same schema in the two parts the server builds from on a cold start:
// the SDL without descriptions (a third of the text to lex) and the descriptions keyed by schema coordinate.
const { parse, print, printSchema, stripIgnoredCharacters, Kind } = require('graphql');

/** Every description in the printed document, keyed `Type`, `Type.field`, `Type.field(arg:)` or `Enum.VALUE`. */
function describedCoordinates(document) {
  const descriptions = {};
  const put = (key, node) => {
    if (node.description) descriptions[key] = node.description.value;
  };
  for (const definition of document.definitions) {
    if (!definition.name) continue;
    const type = definition.name.value;
    if (definition.kind === Kind.DIRECTIVE_DEFINITION) {
      put(`@${type}`, definition);
      for (const arg of definition.arguments ?? []) put(`@${type}(${arg.name.value}:)`, arg);
      continue;
    }
    put(type, definition);
    for (const field of definition.fields ?? []) {
      put(`${type}.${field.name.value}`, field);
      for (const arg of field.arguments ?? []) put(`${type}.${field.name.value}(${arg.name.value}:)`, arg);
    }
    for (const value of definition.values ?? []) put(`${type}.${value.name.value}`, value);
  }
  return descriptions;
}

/** The document with every description left out. */
function withoutDescriptions(node) {
  if (Array.isArray(node)) return node.map(withoutDescriptions);
  if (!node || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) if (key !== 'description') copy[key] = withoutDescriptions(value);
  return copy;
}

module.exports = {
  plugin(schema) {
    const sdl = printSchema(schema);
    const document = parse(sdl, { noLocation: true });
    const shape = stripIgnoredCharacters(print(withoutDescriptions(document)));
    const descriptions = JSON.stringify(describedCoordinates(document));
    return [
      `export const typeDefs = ${JSON.stringify(sdl)};`,
      '',
      '/** The schema without its descriptions (they are in `schemaDescriptions`), with ignored characters stripped. */',
      `export const schemaShape = ${JSON.stringify(shape)};`,
      '',
      '/** Each description of the schema, keyed by schema coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`). */',
      `export const schemaDescriptions: Readonly<Record<string, string>> = /* @__PURE__ */ JSON.parse(${JSON.stringify(descriptions)});`,
      '',
    ].join('\n');
  },
};
