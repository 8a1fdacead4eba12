using Kamaelia.Http;

namespace Kamaelia.Http.Tests.Components;

/// <summary>Answers with the request's body in capitals, and the method and query it saw.</summary>
[Inbox<HttpRequestData>("inbox")]
[Inbox("control")]
[Outbox<HttpResponsePart>("outbox")]
[Outbox("signal")]
public sealed partial class Shout : Component
{
    [Handles("inbox")]
    private void OnRequest(HttpRequestData request) =>
        Outbox.Send(HttpResponseData.Text($"{request.Method} {request.Query} {request.BodyText.ToUpperInvariant()}"));
}
