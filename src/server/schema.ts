import {
  buildASTSchema,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  type DocumentNode,
  type GraphQLFieldConfig,
  type GraphQLNamedType,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { schemaDocumentJson } from '../generated/type-defs.js';
import { resolvers } from './resolvers.js';

/**
 * The executable schema, built for a short cold start. The SDL is codegen's printed, already-validated
 * schema (`npm run codegen` checks it, and a test checks the built schema against it), so:
 * - it arrives already parsed, as the JSON of the document `parse` gives (descriptions included, no
 *   locations): reading it with JSON.parse costs a fraction of lexing and parsing the SDL in a cold process;
 * - it is built without re-validating the SDL or the schema (Apollo would otherwise validate it before
 *   the first answer);
 * - resolvers are attached in place, with no pass over every type to heal or re-coerce default values:
 *   no resolver replaces an enum or a type, so there is nothing to heal.
 */
export function buildExecutableSchema(): GraphQLSchema {
  const document = JSON.parse(schemaDocumentJson) as DocumentNode;
  const schema = buildASTSchema(document, { assumeValidSDL: true, assumeValid: true });
  attachResolvers(schema, resolvers as unknown as Record<string, Record<string, unknown>>);
  return schema;
}

/**
 * Attaches the resolver map to the schema in place: a function is a field's resolver (bound to its map),
 * an object sets the field's config, `__resolveType`/`__isTypeOf` go on the type, and a scalar's
 * implementation (its name, description, serialize and parse functions) replaces the SDL placeholder's.
 * A resolver for a type or field the schema does not have is a programming error and throws.
 */
function attachResolvers(schema: GraphQLSchema, map: Record<string, Record<string, unknown>>): void {
  for (const [typeName, resolverValue] of Object.entries(map)) {
    if (typeof resolverValue !== 'object' || resolverValue === null) throw new Error(`"${typeName}" defined in resolvers, but has invalid value "${String(resolverValue)}". The resolver's value must be of type object.`);
    const type: GraphQLNamedType | undefined = schema.getType(typeName);
    if (!type) throw new Error(`"${typeName}" defined in resolvers, but not in schema`);
    if (isScalarType(type)) {
      implementScalar(type, resolverValue);
    } else if (isObjectType(type) || isInterfaceType(type)) {
      const fields = type.getFields();
      for (const [fieldName, fieldResolve] of Object.entries(resolverValue)) {
        if (fieldName.startsWith('__')) {
          (type as unknown as Record<string, unknown>)[fieldName.substring(2)] = fieldResolve;
          continue;
        }
        const field = fields[fieldName];
        if (!field) throw new Error(`${typeName}.${fieldName} defined in resolvers, but not in schema`);
        if (typeof fieldResolve === 'function') field.resolve = fieldResolve.bind(resolverValue);
        else if (typeof fieldResolve === 'object' && fieldResolve !== null) Object.assign(field, fieldResolve as Partial<GraphQLFieldConfig<unknown, unknown>>);
        else throw new Error(`Resolver ${typeName}.${fieldName} must be object or function`);
      }
    } else if (isUnionType(type)) {
      for (const [fieldName, value] of Object.entries(resolverValue)) {
        if (!fieldName.startsWith('__')) throw new Error(`${typeName}.${fieldName} was defined in resolvers, but ${typeName} is not an object or interface type`);
        (type as unknown as Record<string, unknown>)[fieldName.substring(2)] = value;
      }
    } else {
      // Enum values and input types take no resolvers here; giving one would need the schema rebuilt around it.
      throw new Error(`"${typeName}" defined in resolvers, but ${typeName} takes no resolvers`);
    }
  }
}

/** Gives the SDL's scalar placeholder the implementation's own properties (as graphql-tools does in place). */
function implementScalar(type: GraphQLScalarType, implementation: Record<string, unknown>): void {
  const target = type as unknown as Record<string, unknown>;
  for (const key in implementation) {
    const value = implementation[key];
    if (key.startsWith('__')) {
      target[key.substring(2)] = value;
    } else if (key === 'astNode' && type.astNode != null) {
      const astNode = value as GraphQLScalarType['astNode'];
      type.astNode = { ...type.astNode, description: astNode?.description ?? type.astNode.description, directives: [...(type.astNode.directives ?? []), ...(astNode?.directives ?? [])] };
    } else if (key === 'extensionASTNodes' && type.extensionASTNodes != null) {
      type.extensionASTNodes = [...type.extensionASTNodes, ...((value as GraphQLScalarType['extensionASTNodes']) ?? [])];
    } else if (key === 'extensions' && type.extensions != null && value != null) {
      type.extensions = Object.assign(Object.create(null), type.extensions, value);
    } else {
      target[key] = value;
    }
  }
}
