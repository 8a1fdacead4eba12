using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Axon;

namespace Kamaelia.Protocol.Marshalling;

/// <summary>
/// Reads each chunk of UTF-8 JSON on "inbox" as a <typeparamref name="T"/> and sends it on "outbox" (Kamaelia's
/// DeMarshaller, on System.Text.Json); the other direction of <see cref="Marshaller{T}"/>. Give it the
/// <see cref="JsonTypeInfo{T}"/> of a source-generated <c>JsonSerializerContext</c> for trimmed and native AOT programs.
/// <para>
/// Bad input is never dropped silently: a chunk that is not JSON, not a <typeparamref name="T"/>, or JSON null where
/// <typeparamref name="T"/> cannot be null is reported on "rejected" as a <see cref="Rejection"/> carrying the reason
/// and the chunk itself, and counted in <see cref="RejectionCount"/>; the next chunk is read as usual. A null chunk is
/// an <see cref="ArgumentNullException"/> naming the component and "inbox". ProducerFinished reads what is queued
/// first; ShutdownMicroprocess does not; both are forwarded on "signal".
/// </para>
/// </summary>
/// <typeparam name="T">The values' type.</typeparam>
public sealed partial class DeMarshaller<T> : Component
{
    private readonly JsonTypeInfo<T> _typeInfo;

    /// <summary>Creates the de-marshaller with a JSON contract (no reflection: trimming and AOT safe).</summary>
    public DeMarshaller(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        _typeInfo = typeInfo;
    }

    /// <summary>Creates the de-marshaller with options (<see cref="JsonSerializerOptions.Default"/> when null), read by reflection.</summary>
    [RequiresUnreferencedCode(JsonTypeInfos.ReflectionWarning)]
    [RequiresDynamicCode(JsonTypeInfos.ReflectionWarning)]
    public DeMarshaller(JsonSerializerOptions? options = null)
        : this(JsonTypeInfos.For<T>(options))
    {
    }

    /// <summary>Chunks of UTF-8 JSON, one value each.</summary>
    [Inbox("inbox", "Chunks of UTF-8 JSON, one value each")]
    public partial Inbox<byte[]> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "ProducerFinished: read what is queued, forward, end; ShutdownMicroprocess: forward, end")]
    public partial Inbox<object> Control { get; }

    /// <summary>Each value read.</summary>
    [Outbox("outbox", "Each value read")]
    public partial Outbox<T> Outbox { get; }

    /// <summary>Each chunk that could not be read as a value, with the reason.</summary>
    [Outbox("rejected", "Each chunk that could not be read as a value, with the reason", Optional = true)]
    public partial Outbox<Rejection> Rejected { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    /// <summary>How many chunks it has rejected.</summary>
    public long RejectionCount { get; private set; }

    [Handles("inbox")]
    private void OnJson(byte[] json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json), $"{Name}: a null chunk arrived on \"inbox\"; send byte arrays of UTF-8 JSON.");
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, _typeInfo);
        }
        catch (Exception failure) when (failure is JsonException or NotSupportedException or ArgumentException)
        {
            Reject(json, $"not a {TypeNames.Of(typeof(T))} in JSON: {failure.Message}");
            return;
        }

        if (value is null && !typeof(T).IsValueType)
        {
            Reject(json, $"JSON null where a {TypeNames.Of(typeof(T))} was expected");
            return;
        }

        Outbox.Send(value!);
    }

    private void Reject(byte[] json, string reason)
    {
        RejectionCount++;
        Rejected.Send(new Rejection(Name, reason, json.Length, json));
    }
}
