namespace Federation.GraphQL.Types;

/// <summary>Options of <see cref="SchemaBuilder"/>.</summary>
public sealed class SchemaBuildOptions
{
    /// <summary>Skip both SDL validation and schema validation (graphql-js assumeValid).</summary>
    public bool AssumeValid { get; init; }

    /// <summary>Skip SDL validation only (graphql-js assumeValidSDL); the built schema is still validated.</summary>
    public bool AssumeValidSdl { get; init; }
}
