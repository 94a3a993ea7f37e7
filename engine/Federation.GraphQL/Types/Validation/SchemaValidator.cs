using Federation.GraphQL.Language;

namespace Federation.GraphQL.Types;

/// <summary>
/// Checks a schema against the type system rules (spec 3), as graphql-js validateSchema does and with its messages:
/// root types, directive definitions, then each named type in type-map order.
/// </summary>
public static partial class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema) => Validate(schema, null);

    internal static IReadOnlyList<GraphQLError> Validate(Schema schema, StructuralErrors? structural)
    {
        var context = new Context(schema, structural);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    private sealed class Context(Schema schema, StructuralErrors? structural)
    {
        public Schema Schema { get; } = schema;
        public StructuralErrors? Structural { get; } = structural;
        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params object?[] nodes)
        {
            var syntax = new List<SyntaxNode?>();
            foreach (var n in nodes)
            {
                switch (n)
                {
                    case SyntaxNode s: syntax.Add(s); break;
                    case IEnumerable<SyntaxNode?> many: syntax.AddRange(many); break;
                }
            }
            Errors.Add(GraphQLError.At(message, [.. syntax]));
        }
    }

    // Spec 3.3.1 Root Operation Types
    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        if (context.Structural is { } s) context.Errors.AddRange(s.Root);
        if (schema.QueryType is null && !(context.Structural?.Root.Exists(e => e.Message.StartsWith("Query ", StringComparison.Ordinal)) ?? false))
        {
            context.Report("Query root type must be provided.", schema.SyntaxNode);
        }

        var uses = new List<(ObjectType Type, List<OperationType> Operations)>();
        foreach (var operation in (OperationType[])[OperationType.Query, OperationType.Mutation, OperationType.Subscription])
        {
            if (schema.GetRootType(operation) is not { } root) continue;
            var entry = uses.FindIndex(u => ReferenceEquals(u.Type, root));
            if (entry < 0) uses.Add((root, [operation]));
            else uses[entry].Operations.Add(operation);
        }
        foreach (var (type, operations) in uses)
        {
            if (operations.Count < 2) continue;
            var names = operations.Select(o => o.ToString().ToLowerInvariant()).ToList();
            context.Report($"All root types must be different, \"{type.Name}\" type is used as {AndList(names)} root types.",
                operations.Select(o => (SyntaxNode?)OperationTypeNode(schema, o)).ToList());
        }
    }

    private static NamedTypeNode? OperationTypeNode(Schema schema, OperationType operation)
    {
        IEnumerable<OperationTypeDefinitionNode> all = schema.SyntaxNode?.OperationTypes ?? [];
        all = all.Concat(schema.ExtensionNodes.SelectMany(e => e.OperationTypes));
        return all.FirstOrDefault(o => o.Operation == operation)?.Type;
    }

    // Spec 3.13 Directives: DirectiveDefinition validation
    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.SyntaxNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.SyntaxNode);
            }
            foreach (var arg in directive.Arguments)
            {
                var label = $"@{directive.Name}({arg.Name}:)";
                ValidateName(context, arg.Name, arg.SyntaxNode);
                if (!arg.Type.IsInputType())
                {
                    context.Report($"The type of {label} must be Input Type but got: {arg.Type}.", arg.SyntaxNode);
                }
                if (IsRequired(arg) && arg.DeprecationReason is not null)
                {
                    context.Report($"Required argument {label} cannot be deprecated.", DeprecatedNode(arg.Directives), arg.SyntaxNode?.Type as SyntaxNode);
                }
                DefaultValueRules.Validate(context.Errors, label, arg);
            }
        }
    }

    private static void ValidateName(Context context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    internal static bool IsRequired(InputValue value) => value.Type is NonNullType && value.DefaultValue is null;

    private static DirectiveNode? DeprecatedNode(IEnumerable<DirectiveNode> directives)
        => directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    /// <summary>"A", "A and B", "A, B, and C" (graphql-js andList).</summary>
    internal static string AndList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => items[0] + " and " + items[1],
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
