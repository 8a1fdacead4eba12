using System.Text.Json.Nodes;

namespace Kamaelia.Gen.Package.Tests.LanguageServer;

/// <summary>A notification from the server: its method and params.</summary>
internal sealed record LspNotification(string Method, JsonNode? Parameters);
