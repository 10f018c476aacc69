// Every *Connection tells how many items match across all pages, so clients can show "n of N" without paging through.
const { ValidationError } = require('graphql-schema-linter/lib/validation_error');
const { print } = require('graphql');

module.exports.ConnectionsHaveTotalCount = function ConnectionsHaveTotalCount(context) {
  const check = (node) => {
    if (!node.name.value.endsWith('Connection')) return;
    const field = (node.fields ?? []).find((f) => f.name.value === 'totalCount');
    if (!field || print(field.type) !== 'Int!') {
      context.reportError(new ValidationError('connections-have-total-count', `Connection \`${node.name.value}\` must have \`totalCount: Int!\`.`, [node]));
    }
  };
  return { ObjectTypeDefinition: check };
};
