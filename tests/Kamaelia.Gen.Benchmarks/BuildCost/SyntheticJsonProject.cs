using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kamaelia.Gen.Benchmarks.Compilation;

namespace Kamaelia.Gen.Benchmarks.BuildCost;

/// <summary>
/// The reference point for the build A/B: a System.Text.Json source-generation project shaped like
/// <see cref="SyntheticProject"/>, files of ten message types each (five properties, one of them a type of the
/// file before) with a codec class whose methods serialize them, and one <c>JsonSerializerContext</c> that
/// lists every type.
/// </summary>
internal static class SyntheticJsonProject
{
    public const int TypesPerFile = 10;

    /// <summary>The statement in the first codec's method that the body edit changes.</summary>
    public const string BodyStatement = "checks++;";

    public const string EditedBodyStatement = "checks += 2;";

    public const string EditedFile = "Area000/Messages.cs";

    public static ImmutableArray<SourceFile> Create(int types)
    {
        if (types <= 0 || types % TypesPerFile != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(types), types, $"A multiple of {TypesPerFile} types.");
        }

        var files = ImmutableArray.CreateBuilder<SourceFile>();
        var context = new StringBuilder("""
            using System.Text.Json.Serialization;

            namespace Synthetic.Json;


            """);
        for (var file = 0; file < types / TypesPerFile; file++)
        {
            var text = new StringBuilder($$"""
                using System;
                using System.Collections.Generic;
                using System.Text.Json;

                namespace {{Namespace(file)}};


                """);
            var codec = new StringBuilder($$"""
                public static class Codec{{file:D3}}
                {

                """);
            for (var index = 0; index < TypesPerFile; index++)
            {
                var number = (file * TypesPerFile) + index;
                var earlier = file == 0 ? number : number - TypesPerFile;
                var name = TypeName(number);
                text.Append(CultureInfo.InvariantCulture, $$"""
                    /// <summary>A message.</summary>
                    public sealed class {{name}}
                    {
                        public int Id { get; set; }
                        public string Name { get; set; } = "";
                        public double? Weight { get; set; }
                        public List<string> Tags { get; set; } = [];
                        public global::{{Namespace(earlier / TypesPerFile)}}.{{TypeName(earlier)}}? Previous { get; set; }
                    }


                    """);
                codec.Append(CultureInfo.InvariantCulture, $$"""
                        public static string Write({{name}} value)
                        {
                            var checks = value.Tags.Count;
                            {{(index == 0 ? BodyStatement : "checks--;")}}
                            value.Id += checks;
                            return JsonSerializer.Serialize(value, global::Synthetic.Json.SyntheticJsonContext.Default.{{name}});
                        }

                        public static {{name}}? Read{{name}}(string json) => JsonSerializer.Deserialize(json, global::Synthetic.Json.SyntheticJsonContext.Default.{{name}});


                    """);
                context.AppendLine(CultureInfo.InvariantCulture, $"[JsonSerializable(typeof(global::{Namespace(file)}.{name}))]");
            }

            text.Append(codec).AppendLine("}");
            files.Add(new SourceFile($"Area{file:D3}/Messages.cs", text.ToString()));
        }

        context.AppendLine("public partial class SyntheticJsonContext : JsonSerializerContext").AppendLine("{").AppendLine("}");
        files.Add(new SourceFile("SyntheticJsonContext.cs", context.ToString()));
        return files.ToImmutable();
    }

    private static string Namespace(int file) => $"Synthetic.Json.Area{file:D3}";

    private static string TypeName(int number) => $"Message{number:D4}";
}
