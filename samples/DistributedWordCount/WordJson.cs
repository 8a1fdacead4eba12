using System.Text.Json.Serialization;

namespace DistributedWordCount;

/// <summary>The serializer for the words that cross between the processes (System.Text.Json, no reflection).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class WordJson : JsonSerializerContext
{
}
