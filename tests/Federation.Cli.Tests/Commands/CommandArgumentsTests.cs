namespace Federation.Cli.Tests.Commands;

public sealed class CommandArgumentsTests
{
    private static readonly HashSet<string> Values = ["--schema", "--root"];
    private static readonly HashSet<string> Flags = ["--batch"];

    [Fact]
    public void Parse_Separates_Options_Flags_And_Positionals()
    {
        var args = CommandArguments.Parse(["--schema", "s.graphql", "{ a }", "--batch", "--root=r.json"], Values, Flags);
        Assert.Equal("s.graphql", args.Value("--schema"));
        Assert.Equal("r.json", args.Value("--root"));
        Assert.True(args.Flag("--batch"));
        Assert.Equal(["{ a }"], args.Positional);
    }

    [Fact]
    public void Parse_Treats_Everything_After_Double_Dash_As_Positional()
    {
        var args = CommandArguments.Parse(["--", "--batch"], Values, Flags);
        Assert.False(args.Flag("--batch"));
        Assert.Equal(["--batch"], args.Positional);
    }

    [Fact]
    public void Parse_Rejects_A_Value_Option_Without_Value()
        => Assert.Throws<ArgumentException>(() => CommandArguments.Parse(["--schema"], Values, Flags));

    [Fact]
    public void Parse_Rejects_Unknown_Options()
        => Assert.Throws<ArgumentException>(() => CommandArguments.Parse(["--what"], Values, Flags));
}
