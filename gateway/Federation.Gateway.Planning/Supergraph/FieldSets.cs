using Federation.GraphQL.Language;

namespace Federation.Gateway.Planning.Supergraph;

/// <summary>Field sets (@key, @requires, @provides arguments) parsed as a selection set without its braces (Federation v2 FieldSet).</summary>
public static class FieldSets
{
    public static SelectionSetNode Parse(string fieldSet)
    {
        var document = Parser.Parse("{" + fieldSet + "}", ParserOptions.TrustedSource);
        return ((OperationDefinitionNode)document.Definitions[0]).SelectionSet;
    }
}
