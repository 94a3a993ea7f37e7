using Federation.GraphQL.Types;

namespace Federation.Spec.Tests;

public class FieldSetTests
{
    [Fact]
    public void Parses_Fields_Nested_Selections_And_Inline_Fragments()
    {
        var set = FieldSet.Parse("id organization { id ... on Team { name } }");
        Assert.Equal(2, set.Selections.Count);
        var id = Assert.IsType<FieldSetField>(set.Selections[0]);
        Assert.Equal("id", id.Name);
        Assert.Empty(id.Selections);
        var organization = Assert.IsType<FieldSetField>(set.Selections[1]);
        Assert.Equal("organization", organization.Name);
        var fragment = Assert.IsType<FieldSetInlineFragment>(organization.Selections[1]);
        Assert.Equal("Team", fragment.TypeCondition);
        Assert.Equal("name", Assert.IsType<FieldSetField>(fragment.Selections[0]).Name);
        Assert.Equal("id organization { id ... on Team { name } }", set.ToString());
    }

    [Fact]
    public void Keeps_Aliases_And_Arguments_For_Validation()
    {
        var field = Assert.IsType<FieldSetField>(FieldSet.Parse("a: id(x: 1)").Selections[0]);
        Assert.Equal("a", field.Alias);
        Assert.True(field.HasArguments);
    }

    [Theory]
    [InlineData("id {")]
    [InlineData("...Frag")]
    [InlineData("")]
    public void Rejects_What_Is_Not_A_Field_Set(string source)
    {
        Assert.False(FieldSet.TryParse(source, out var set, out var error));
        Assert.Null(set);
        Assert.False(string.IsNullOrEmpty(error));
        var e = Assert.Throws<SchemaException>(() => FieldSet.Parse(source, "requires", "Product"));
        Assert.StartsWith($"Invalid @requires(fields: \"{source}\") on type \"Product\"", e.Errors[0].Message);
    }

    [Fact]
    public void Entity_Key_Checks_A_Representation_Has_Its_Fields()
    {
        var key = EntityKey.Parse("User", "id org { id }", resolvable: true);
        Assert.True(key.IsSatisfiedBy(new Dictionary<string, object?> { ["id"] = "1", ["org"] = new Dictionary<string, object?> { ["id"] = "o" } }));
        Assert.False(key.IsSatisfiedBy(new Dictionary<string, object?> { ["id"] = "1" }));
    }
}
