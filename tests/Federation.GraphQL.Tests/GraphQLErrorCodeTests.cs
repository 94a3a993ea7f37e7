using System.Text;
using System.Text.Json;
using Federation.GraphQL.Execution;

namespace Federation.GraphQL.Tests;

/// <summary>The one error shape shared by execution and composition: code in extensions.code, a source name for the locations.</summary>
public class GraphQLErrorCodeTests
{
    [Fact]
    public void Code_Is_Read_From_And_Written_To_Extensions()
    {
        var error = new GraphQLError("boom", extensions: new Dictionary<string, object?> { ["x"] = 1 }).WithCode("INVALID_FIELD_SHARING");
        Assert.Equal("INVALID_FIELD_SHARING", error.Code);
        Assert.Equal(1, error.Extensions!["x"]);
        Assert.Null(new GraphQLError("plain").Code);
    }

    [Fact]
    public void Diagnostic_String_Names_Source_Location_And_Code()
    {
        var located = new GraphQLError("Field conflicts.", [new ErrorLocation(3, 5)]).WithCode("INVALID_FIELD_SHARING").WithSource("accounts");
        Assert.Equal("accounts:3:5: INVALID_FIELD_SHARING Field conflicts.", located.ToDiagnosticString());
        Assert.Equal("accounts: X m", new GraphQLError("m").WithCode("X").WithSource("accounts").ToDiagnosticString());
        Assert.Equal("1:2: m", new GraphQLError("m", [new ErrorLocation(1, 2)]).ToDiagnosticString());
        Assert.Equal("accounts", located.WithPath(["a"]).WithLocations(null).Source);
    }

    [Fact]
    public void Source_Is_Never_Written_To_A_Response()
    {
        var plain = new GraphQLError("m", [new ErrorLocation(1, 2)], ["a", 0]);
        Assert.Equal(Write(plain), Write(plain.WithSource("accounts")));
        Assert.Equal("""{"message":"m","locations":[{"line":1,"column":2}],"path":["a",0]}""", Write(plain));
        Assert.Equal("""{"message":"m","extensions":{"code":"C"}}""", Write(new GraphQLError("m").WithCode("C")));
    }

    private static string Write(GraphQLError error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) ResultJsonWriter.WriteError(writer, error);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
