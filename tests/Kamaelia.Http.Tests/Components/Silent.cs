using Kamaelia.Http;

namespace Kamaelia.Http.Tests.Components;

/// <summary>Takes the request and ends without answering.</summary>
[Inbox<HttpRequestData>("inbox")]
[Inbox("control")]
[Outbox<HttpResponsePart>("outbox")]
[Outbox("signal")]
public sealed partial class Silent : Component
{
    [Handles("inbox")]
    private void OnRequest(HttpRequestData request)
    {
    }
}
