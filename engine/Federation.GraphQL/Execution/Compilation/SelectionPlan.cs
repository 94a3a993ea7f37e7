using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution.Compilation;

/// <summary>A grouped field set for one object type: the fields in response order.</summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(ObjectType type, FieldPlan[] fields)
    {
        Type = type;
        Fields = fields;
        Keys = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++) Keys[i] = fields[i].ResponseName;
        Shape = new ResultShape(Keys, ResultMap.Encode(Keys));
    }

    /// <summary>The response names of the objects completed from this plan.</summary>
    public ResultShape Shape { get; }

    public ObjectType Type { get; }
    public FieldPlan[] Fields { get; }
    public string[] Keys { get; }
}
