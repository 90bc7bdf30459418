using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SupervisionModels.Hosting.Plugins;

/// <summary>What a DLL's metadata says about it, read without loading it.</summary>
/// <param name="AssemblyName">The DLL's simple assembly name.</param>
/// <param name="ApiVersion">The version of SupervisionModels.Abstractions it was built against.</param>
internal sealed record PluginProbe(string AssemblyName, Version ApiVersion);

/// <summary>
/// Tells plugin DLLs from the dependencies that sit beside them. A plugin references the plugin API; a dependency
/// (a JSON library, a native library, a copy of the plugin API itself) does not, and is loaded only on demand by the
/// plugin's load context. Reading metadata instead of loading keeps non-plugins out of every load context.
/// </summary>
internal static class PluginAssemblyProbe
{
    /// <summary>The probe of a plugin DLL, or null when <paramref name="path"/> is not one.</summary>
    public static PluginProbe? Probe(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        try
        {
            if (!pe.HasMetadata)
            {
                return null;
            }
        }
        catch (BadImageFormatException)
        {
            return null;
        }

        var reader = pe.GetMetadataReader();
        if (!reader.IsAssembly)
        {
            return null;
        }

        var name = reader.GetString(reader.GetAssemblyDefinition().Name);
        if (SharedAssemblies.IsShared(name))
        {
            return null;
        }

        foreach (var handle in reader.AssemblyReferences)
        {
            var reference = reader.GetAssemblyReference(handle);
            if (reader.StringComparer.Equals(reference.Name, SharedAssemblies.AbstractionsName))
            {
                return new PluginProbe(name, reference.Version);
            }
        }

        return null;
    }
}
