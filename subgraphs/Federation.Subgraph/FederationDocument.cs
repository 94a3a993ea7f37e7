using System.Text;
using Federation.GraphQL.Language;
using Federation.Spec;

namespace Federation.Subgraph;

/// <summary>
/// The federation additions to a schema-first subgraph (Apollo subgraph spec, "Subgraph schema additions"): reads the
/// subgraph's <see cref="SubgraphModel"/> (federation <c>@link</c>, entities), keeps the SDL the user wrote for
/// <c>_service.sdl</c> and returns the document the schema is built from.
/// </summary>
internal static class FederationDocument
{
    public static DocumentNode Transform(DocumentNode document, FederationState state)
    {
        var model = SubgraphModel.Read(document);
        var userDefinitions = model.UserDefinitions;
        state.Model = model;
        state.Sdl = Printer.Print(new DocumentNode(userDefinitions));

        var built = PromoteOrphanExtensions(userDefinitions);
        var hasQuery = built.Exists(d => d is ObjectTypeDefinitionNode { IsExtension: false } o && o.Name.Value == model.QueryTypeName);
        built.AddRange(Parser.Parse(Additions(model, hasQuery), ParserOptions.TrustedSource).Definitions);
        return new DocumentNode(built);
    }

    /// <summary>The SDL added to the subgraph: link and federation definitions for the linked version, _Any, _Service, _Entity and the Query fields.</summary>
    internal static string Additions(SubgraphModel model, bool hasQuery)
    {
        var sdl = new StringBuilder();
        sdl.AppendLine(FederationSpec.Definitions(model.Link));
        sdl.AppendLine(FederationSpec.ServiceDefinitions);
        if (model.Entities.Count > 0) sdl.Append("union _Entity = ").AppendJoin(" | ", model.Entities.Keys).AppendLine();
        sdl.Append(hasQuery ? "extend type " : "type ").Append(model.QueryTypeName).AppendLine(" {");
        if (model.Entities.Count > 0) sdl.AppendLine("  _entities(representations: [_Any!]!): [_Entity]!");
        sdl.AppendLine("  _service: _Service!").AppendLine("}");
        return sdl.ToString();
    }

    /// <summary>
    /// Federation 1 subgraphs write <c>extend type Query</c> (and <c>extend type Product @key(...)</c>) for types they
    /// do not define; the first extension of a type with no definition becomes its definition.
    /// </summary>
    private static List<IDefinitionNode> PromoteOrphanExtensions(IReadOnlyList<IDefinitionNode> definitions)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in definitions) if (d is ITypeDefinitionOrExtensionNode { IsExtension: false } t) defined.Add(t.Name.Value);
        var result = new List<IDefinitionNode>(definitions.Count + 16);
        foreach (var d in definitions)
        {
            switch (d)
            {
                case ObjectTypeDefinitionNode { IsExtension: true } o when defined.Add(o.Name.Value):
                    result.Add(new ObjectTypeDefinitionNode(null, o.Name, o.Interfaces, o.Directives, o.Fields, false, o.Location));
                    break;
                case InterfaceTypeDefinitionNode { IsExtension: true } i when defined.Add(i.Name.Value):
                    result.Add(new InterfaceTypeDefinitionNode(null, i.Name, i.Interfaces, i.Directives, i.Fields, false, i.Location));
                    break;
                default:
                    result.Add(d);
                    break;
            }
        }
        return result;
    }
}
