// Every field returning a connection takes first/after and last/before: one pagination contract for every list.
const { ValidationError } = require('graphql-schema-linter/lib/validation_error');

const REQUIRED = ['first', 'after', 'last', 'before'];

module.exports.ConnectionsPaginateBothWays = function ConnectionsPaginateBothWays(context) {
  return {
    FieldDefinition(node) {
      let type = node.type;
      while (type.kind !== 'NamedType') type = type.type;
      if (!type.name.value.endsWith('Connection')) return;
      const names = (node.arguments ?? []).map((a) => a.name.value);
      const missing = REQUIRED.filter((r) => !names.includes(r));
      if (missing.length) {
        context.reportError(
          new ValidationError('connections-paginate-both-ways', `Field \`${node.name.value}\` returns a connection but lacks: ${missing.join(', ')}.`, [node]),
        );
      }
    },
  };
};
