namespace Federation.Redis.Protocol;

/// <summary>The RESP2/RESP3 data types, each named after its wire prefix.</summary>
public enum RespType : byte
{
    SimpleString,   // '+'
    SimpleError,    // '-'
    Integer,        // ':'
    BlobString,     // '$'
    Array,          // '*'
    Null,           // '_' (and RESP2's $-1 / *-1)
    Boolean,        // '#'
    Double,         // ','
    BigNumber,      // '('
    BlobError,      // '!'
    VerbatimString, // '='
    Map,            // '%'
    Set,            // '~'
    Push,           // '>'
}
