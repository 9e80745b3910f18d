using System.Runtime.ExceptionServices;
using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Validates the function bodies of a module (spec valid/modules.rst "Functions": locals and code),
/// in order on the calling thread, or split into chunks of consecutive functions that several
/// threads take in order. Bodies are independent once the module's index spaces are valid, and a
/// <see cref="FunctionValidator"/> per thread is all the state there is, so only the error needs
/// care: it must be the one sequential validation reports, that of the first invalid body.
/// </summary>
internal sealed class BodyValidation(ModuleInfo module, TypeMatcher types, WasmFeatures features, bool[] declaredFunctions)
{
    /// <summary>
    /// Code below this many bytes is validated on the calling thread: starting threads would cost
    /// more than they save (validation runs at some 100 MB/s, so this is a couple of milliseconds).
    /// </summary>
    private const int ParallelCodeBytes = 256 * 1024;

    /// <summary>Functions per chunk: few enough that the threads finish together, many enough that taking a chunk costs nothing.</summary>
    private const int ChunkFunctions = 64;

    /// <summary>Validates bodies <paramref name="start"/> to <paramref name="end"/> (exclusive) on this thread, stopping at the first invalid one.</summary>
    /// <exception cref="WasmValidationException">A body is invalid.</exception>
    /// <exception cref="WasmFormatException">A body is malformed.</exception>
    public void Run(int start, int end)
    {
        var functions = new FunctionValidator(module, types, features, declaredFunctions);
        int typeCount = types.Count;
        for (int i = start; i < end; i++)
        {
            FunctionBody body = module.Bodies[i];
            foreach (LocalDecl local in body.Locals)
            {
                TypeSectionValidator.CheckValType(local.Type, typeCount, body.BodyOffset);
                FeatureChecker.Check(local.Type, features, body.BodyOffset, module.ImportedFunctionCount + i);
            }

            functions.Validate(module.ImportedFunctionCount + i, body);
        }
    }

    /// <summary>
    /// Validates every body, on up to <see cref="Environment.ProcessorCount"/> threads when the code
    /// is large (the calling thread is one of them), and throws what <see cref="Run"/> over all the
    /// bodies would have thrown.
    /// </summary>
    /// <exception cref="WasmValidationException">A body is invalid.</exception>
    /// <exception cref="WasmFormatException">A body is malformed.</exception>
    public void RunInParallel()
    {
        int count = module.Bodies.Count;
        int chunks = (count + ChunkFunctions - 1) / ChunkFunctions;
        int workers = Math.Min(Environment.ProcessorCount, chunks);
        if (workers <= 1 || CodeBytes() < ParallelCodeBytes)
        {
            Run(0, count);
            return;
        }

        // Chunks are taken in increasing order, so when chunk k fails every chunk below k has been
        // taken and will be finished: the lowest failing chunk, kept here, holds the first invalid body.
        int next = -1;
        int firstFailed = int.MaxValue;
        ExceptionDispatchInfo? failure = null;
        var gate = new object();
        void Work()
        {
            for (int k = Interlocked.Increment(ref next); k < chunks && k < Volatile.Read(ref firstFailed); k = Interlocked.Increment(ref next))
            {
                try
                {
                    Run(k * ChunkFunctions, Math.Min(count, (k + 1) * ChunkFunctions));
                }
                catch (Exception e)
                {
                    // Not swallowed: the lowest chunk's exception is rethrown on the calling thread.
                    lock (gate)
                    {
                        if (k < firstFailed)
                        {
                            firstFailed = k;
                            failure = ExceptionDispatchInfo.Capture(e);
                        }
                    }
                }
            }
        }

        WorkerThreads.Run(workers, "WasmSharp validate", Work);
        failure?.Throw();
    }

    private long CodeBytes()
    {
        long total = 0;
        foreach (FunctionBody body in module.Bodies)
        {
            total += body.CodeLength;
        }

        return total;
    }
}
