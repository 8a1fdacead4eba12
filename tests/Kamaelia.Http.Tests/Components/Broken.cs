using Kamaelia.Http;

namespace Kamaelia.Http.Tests.Components;

/// <summary>Throws on the request it is given.</summary>
[Inbox<HttpRequestData>("inbox")]
[Inbox("control")]
[Outbox<HttpResponsePart>("outbox")]
[Outbox("signal")]
public sealed partial class Broken : Component
{
    [Handles("inbox")]
    private void OnRequest(HttpRequestData request) => throw new InvalidOperationException($"cannot handle {request.Path}");
}
