using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Kamaelia.Protocol.Marshalling;

/// <summary>The JSON contract of a type from options, for the constructors that take options rather than a contract.</summary>
internal static class JsonTypeInfos
{
    public const string ReflectionWarning =
        "Without a JsonTypeInfo<T>, System.Text.Json reads T by reflection, which trimming and native AOT may break. " +
        "Pass the JsonTypeInfo<T> of a source-generated JsonSerializerContext instead.";

    [RequiresUnreferencedCode(ReflectionWarning)]
    [RequiresDynamicCode(ReflectionWarning)]
    public static JsonTypeInfo<T> For<T>(JsonSerializerOptions? options)
    {
        options ??= JsonSerializerOptions.Default;
        if (options.TypeInfoResolver is null)
        {
            // Options built by hand have no resolver until first used; a copy gets the reflection-based one.
            options = new JsonSerializerOptions(options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        }

        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }
}
