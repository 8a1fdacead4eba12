using System.Linq;
using Kamaelia.Gen.Generators.Emitting;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>
/// Writes Kamaelia.Nats.MessageTypes.g.cs: a module initializer that registers a System.Text.Json type info
/// for the element type of every NATS link in the project, built from converters written here for each type,
/// so that serialization needs no reflection.
/// </summary>
internal static class MessageTypesEmitter
{
    public const string HintName = "Kamaelia.Nats.MessageTypes.g.cs";

    /// <summary>The class the file declares, named when writing it fails.</summary>
    public const string RegistryTypeName = "Kamaelia.Nats.Generated.NatsMessageTypeRegistrations";

    public static string Emit(MessageTypesModel model)
    {
        var types = model.Types.ToDictionary(t => t.TypeName);
        var identifiers = new MessageTypeIdentifiers(model.Types);
        var code = new MessageValueCode(types, identifiers);
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer);
        writer.Open("namespace Kamaelia.Nats.Generated");
        writer.Line("/// <summary>");
        writer.Line("/// Registers with Kamaelia.Nats.NatsMessageTypes a serializer for the element type of each NATS link in this");
        writer.Line("/// project, written for that type: reading and writing JSON needs no reflection.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("internal static class NatsMessageTypeRegistrations");
        WriteRegistration(writer, model);
        writer.Line();
        WriteResolver(writer, model, types, identifiers);
        foreach (var root in model.RootTypeNames.Where(r => types[r].Kind != MessageShapeKind.Primitive))
        {
            writer.Line();
            WriteRootConverter(writer, types[root], code);
        }

        foreach (var type in model.Types)
        {
            writer.Line();
            code.WriteHelpers(writer, type);
        }

        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void WriteRegistration(SourceWriter writer, MessageTypesModel model)
    {
        writer.Line("/// <summary>Runs when the assembly is loaded, before any link can look a serializer up.</summary>");
        writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        writer.Open("internal static void RegisterAll()");
        writer.Line("var options = new " + MessageValueCode.Options + " { TypeInfoResolver = new Resolver() };");
        foreach (var root in model.RootTypeNames)
        {
            writer.Line("Register<" + root + ">(options);");
        }

        writer.Close();
        writer.Line();
        writer.Line("private static void Register<T>(" + MessageValueCode.Options + " options) =>");
        writer.Line("    global::Kamaelia.Nats.NatsMessageTypes.Register((" + MessageValueCode.Metadata + ".JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));");
    }

    private static void WriteResolver(SourceWriter writer, MessageTypesModel model, System.Collections.Generic.Dictionary<string, MessageTypeModel> types, MessageTypeIdentifiers identifiers)
    {
        writer.Line("/// <summary>Gives each registered type its converter; the options it is given own the type info made.</summary>");
        writer.Open("private sealed class Resolver : " + MessageValueCode.Metadata + ".IJsonTypeInfoResolver");
        writer.Open("public " + MessageValueCode.Metadata + ".JsonTypeInfo? GetTypeInfo(global::System.Type type, " + MessageValueCode.Options + " options)");
        foreach (var root in model.RootTypeNames)
        {
            var type = types[root];
            var converter = type.Kind == MessageShapeKind.Primitive
                ? MessageValueCode.Metadata + ".JsonMetadataServices." + type.PrimitiveConverter
                : "new " + identifiers[root] + "Converter()";
            writer.Open("if (type == typeof(" + root + "))");
            writer.Line("return " + MessageValueCode.Metadata + ".JsonMetadataServices.CreateValueInfo<" + root + ">(options, " + converter + ");");
            writer.Close();
            writer.Line();
        }

        writer.Line("return null;");
        writer.Close();
        writer.Close();
    }

    private static void WriteRootConverter(SourceWriter writer, MessageTypeModel type, MessageValueCode code)
    {
        writer.Line("/// <summary>Reads and writes " + Literals.Doc(type.DisplayName) + " as JSON.</summary>");
        writer.Open("private sealed class " + code.Identifier(type) + "Converter : global::System.Text.Json.Serialization.JsonConverter<" + type.TypeName + ">");
        writer.Line("public override " + code.Nullable(type) + " Read(" + MessageValueCode.ReaderParameter + ", global::System.Type typeToConvert, " + MessageValueCode.Options + " options) =>");
        writer.Line("    " + code.Read(type.TypeName) + ";");
        writer.Line();
        writer.Line("public override void Write(" + MessageValueCode.WriterParameter + ", " + type.TypeName + " value, " + MessageValueCode.Options + " options) =>");
        writer.Line("    " + code.WriteCall(type.TypeName, "value") + ";");
        writer.Close();
    }
}
