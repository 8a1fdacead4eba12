using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kamaelia.Http.View;

/// <summary>The snapshot's JSON, as the page reads it (camelCase, directions as names), generated at build time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SystemSnapshot))]
internal sealed partial class ViewJsonContext : JsonSerializerContext;
