// Every entry point of the read API says what it returns: it is what analysts see first in the playground's docs.
const { ValidationError } = require('graphql-schema-linter/lib/validation_error');

module.exports.QueryFieldsHaveDescriptions = function QueryFieldsHaveDescriptions(context) {
  const check = (node) => {
    if (node.name.value !== 'Query') return;
    for (const field of node.fields ?? []) {
      if (!field.description?.value.trim()) {
        context.reportError(new ValidationError('query-fields-have-descriptions', `Query field \`${field.name.value}\` is missing a description.`, [field]));
      }
    }
  };
  return { ObjectTypeDefinition: check, ObjectTypeExtension: check };
};
