namespace Federation.GraphQL.Execution;

/// <summary>
/// Shared boxes for the values resolvers hand back most often (booleans and small integers), so that reading them from
/// CLR objects does not allocate. Boxes are immutable, so sharing them is invisible to callers.
/// </summary>
internal static class Boxes
{
    private const int MinCachedInt = -128;
    private const int MaxCachedInt = 1023;

    public static readonly object True = true;
    public static readonly object False = false;

    private static readonly object[] s_ints = CreateInts();

    public static object Box(bool value) => value ? True : False;

    public static object Box(int value)
        => (uint)(value - MinCachedInt) <= MaxCachedInt - MinCachedInt ? s_ints[value - MinCachedInt] : value;

    private static object[] CreateInts()
    {
        var ints = new object[MaxCachedInt - MinCachedInt + 1];
        for (var i = 0; i < ints.Length; i++) ints[i] = i + MinCachedInt;
        return ints;
    }
}
