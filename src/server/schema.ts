import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  type GraphQLFieldConfig,
  type GraphQLNamedType,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { schemaDescriptions, schemaShape } from '../generated/type-defs.js';
import { resolvers } from './resolvers.js';

/**
 * The executable schema, built for a short cold start. The SDL is codegen's printed, already-validated
 * schema (`npm run codegen` checks it, and a test checks the built schema against it), so:
 * - it is lexed without its descriptions (a third of the text), which are set afterwards from a map;
 * - it is built without re-validating the SDL or the schema (Apollo would otherwise validate it before
 *   the first answer);
 * - resolvers are attached in place, with no pass over every type to heal or re-coerce default values:
 *   no resolver replaces an enum or a type, so there is nothing to heal.
 */
export function buildExecutableSchema(): GraphQLSchema {
  const schema = buildASTSchema(parse(schemaShape, { noLocation: true }), { assumeValidSDL: true, assumeValid: true });
  describe(schema, schemaDescriptions);
  attachResolvers(schema, resolvers as unknown as Record<string, Record<string, unknown>>);
  return schema;
}

/** Sets each description from its schema coordinate, as the SDL would have. */
function describe(schema: GraphQLSchema, descriptions: Readonly<Record<string, string>>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const own = descriptions[type.name];
    if (own !== undefined) type.description = own;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        const text = descriptions[coordinate];
        if (text !== undefined) field.description = text;
        for (const arg of field.args) {
          const argText = descriptions[`${coordinate}(${arg.name}:)`];
          if (argText !== undefined) arg.description = argText;
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const text = descriptions[`${type.name}.${field.name}`];
        if (text !== undefined) field.description = text;
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        const text = descriptions[`${type.name}.${value.name}`];
        if (text !== undefined) value.description = text;
      }
    }
  }
  for (const directive of schema.getDirectives()) {
    const text = descriptions[`@${directive.name}`];
    if (text !== undefined) directive.description = text;
    for (const arg of directive.args) {
      const argText = descriptions[`@${directive.name}(${arg.name}:)`];
      if (argText !== undefined) arg.description = argText;
    }
  }
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
