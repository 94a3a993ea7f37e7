namespace Federation.Composition.Tests;

internal static class Sdl
{
    public static string Fed(string sdl, string imports = "\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@provides\"", int minor = 3)
        => $"extend schema @link(url: \"https://specs.apollo.dev/federation/v2.{minor}\", import: [{imports}])\n{sdl}";

    public static CompositionResult Compose(params (string Name, string Sdl)[] subgraphs)
        => Composer.Compose(subgraphs.Select(s => new SubgraphSource(s.Name, $"http://{s.Name}/graphql", s.Sdl)).ToList());
}
