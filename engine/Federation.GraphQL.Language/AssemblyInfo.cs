// Locals and stackalloc buffers are always written before they are read in this assembly.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
