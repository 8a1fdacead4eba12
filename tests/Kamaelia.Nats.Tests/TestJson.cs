using System.Text.Json.Serialization;

namespace Kamaelia.Nats.Tests;

/// <summary>The serializers of the tests' message types, registered by hand in <see cref="Serializers"/>.</summary>
[JsonSerializable(typeof(Reading))]
[JsonSerializable(typeof(long))]
internal sealed partial class TestJson : JsonSerializerContext
{
}
