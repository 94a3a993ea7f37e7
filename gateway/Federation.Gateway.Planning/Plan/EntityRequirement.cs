using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Plan;

/// <summary>
/// What a representation of an entity type carries: the object's fields in <see cref="Fields"/> (@key and @requires).
/// <see cref="SentTypename"/> is the __typename sent when it is not the object's own (an interface entity).
/// </summary>
public sealed record EntityRequirement(string TypeName, string? SentTypename, SelectionSetNode Fields, string FieldsText);
