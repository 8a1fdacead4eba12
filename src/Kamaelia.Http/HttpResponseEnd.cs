namespace Kamaelia.Http;

/// <summary>
/// The end of a response: nothing more belongs to it. A handler graph that ends (sends its shutdown signal) after
/// an <see cref="HttpResponseStart"/> ends its response the same way.
/// </summary>
public sealed record HttpResponseEnd : HttpResponsePart
{
    /// <summary>The one end; every end is the same.</summary>
    public static HttpResponseEnd Instance { get; } = new();
}
