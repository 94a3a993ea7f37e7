namespace Federation.Composition;

/// <summary>One subgraph to compose: its name (as in <c>supergraph.yaml</c>), routing URL and SDL (<c>_service { sdl }</c>).</summary>
public sealed record SubgraphSource(string Name, string Url, string Sdl);
