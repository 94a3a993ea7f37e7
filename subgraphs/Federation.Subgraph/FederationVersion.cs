namespace Federation.Subgraph;

/// <summary>The Apollo Federation 2 version a code-first subgraph links (<c>AddFederation(o => o.Version = FederationVersion.Federation25)</c>).</summary>
public enum FederationVersion
{
    Federation20 = 0,
    Federation21 = 1,
    Federation22 = 2,
    Federation23 = 3,
    Federation24 = 4,
    Federation25 = 5,
    Federation26 = 6,
    Federation27 = 7,
    Federation28 = 8,
    Federation29 = 9,
    Federation210 = 10,
    Federation211 = 11,
    Federation212 = 12,

    /// <summary>The newest version this library supports (the default).</summary>
    Latest = Federation212,
}
