using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation;

/// <summary>A variable used in an operation or fragment, with the input type expected where it stands.</summary>
/// <param name="Node">The variable.</param>
/// <param name="Type">The input type expected at that position, null when unknown.</param>
/// <param name="ParentType">The input type enclosing that position (list or input object), null when none.</param>
/// <param name="DefaultValue">The default value of the argument or input field at that position, null when none.</param>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, GraphQLType? ParentType, IValueNode? DefaultValue);
