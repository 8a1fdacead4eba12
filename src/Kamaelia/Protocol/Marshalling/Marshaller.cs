using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Axon;

namespace Kamaelia.Protocol.Marshalling;

/// <summary>
/// Turns each <typeparamref name="T"/> on "inbox" into its JSON, as UTF-8 bytes on "outbox" (Kamaelia's Marshaller,
/// on System.Text.Json); <see cref="DeMarshaller{T}"/> turns them back. Give it the <see cref="JsonTypeInfo{T}"/> of
/// a source-generated <c>JsonSerializerContext</c> for trimmed and native AOT programs. A value that cannot be
/// written as JSON (a cycle, an unsupported type) is a fault: an <see cref="AxonException"/> naming the component and
/// "inbox", with System.Text.Json's exception inside. ProducerFinished handles what is queued first;
/// ShutdownMicroprocess does not; both are forwarded on "signal".
/// </summary>
/// <typeparam name="T">The values' type.</typeparam>
public sealed partial class Marshaller<T> : Component
{
    private readonly JsonTypeInfo<T> _typeInfo;

    /// <summary>Creates the marshaller with a JSON contract (no reflection: trimming and AOT safe).</summary>
    public Marshaller(JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        _typeInfo = typeInfo;
    }

    /// <summary>Creates the marshaller with options (<see cref="JsonSerializerOptions.Default"/> when null), read by reflection.</summary>
    [RequiresUnreferencedCode(JsonTypeInfos.ReflectionWarning)]
    [RequiresDynamicCode(JsonTypeInfos.ReflectionWarning)]
    public Marshaller(JsonSerializerOptions? options = null)
        : this(JsonTypeInfos.For<T>(options))
    {
    }

    /// <summary>Values to write as JSON.</summary>
    [Inbox("inbox", "Values to write as JSON")]
    public partial Inbox<T> Inbox { get; }

    /// <summary>Shutdown signals.</summary>
    [Inbox("control", "ProducerFinished: write what is queued, forward, end; ShutdownMicroprocess: forward, end")]
    public partial Inbox<object> Control { get; }

    /// <summary>Each value's JSON, as UTF-8 bytes.</summary>
    [Outbox("outbox", "Each value's JSON, as UTF-8 bytes")]
    public partial Outbox<byte[]> Outbox { get; }

    /// <summary>The shutdown signal.</summary>
    [Outbox("signal", "The shutdown signal")]
    public partial Outbox<object> Signal { get; }

    [Handles("inbox")]
    private void OnValue(T value)
    {
        byte[] json;
        try
        {
            json = JsonSerializer.SerializeToUtf8Bytes(value, _typeInfo);
        }
        catch (Exception failure) when (failure is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new AxonException($"{Name} could not write a {TypeNames.Of(typeof(T))} from \"inbox\" as JSON: {failure.Message}", failure);
        }

        Outbox.Send(json);
    }
}
